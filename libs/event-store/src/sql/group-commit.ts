import type { SqlClient } from './sql-client';

interface Waiting<T> {
  inGroup: (tx: SqlClient) => Promise<T>;
  alone: () => Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

/** A refusal decided in JavaScript after reads only: it leaves the group's transaction usable. */
export type IsRefusal = (error: unknown) => boolean;

/**
 * Group commit for a store with one connection (PGlite): an append that arrives while another
 * runs waits, and the appends that waited run together in ONE transaction, so a burst pays one
 * COMMIT instead of one each. The first append of a quiet moment runs alone, without waiting for
 * company. A refusal (a stale expected revision) fails only its own append; any other error rolls
 * the group back and its appends run again one by one, so only the culprit fails.
 */
export class GroupCommit<T> {
  private readonly queue: Waiting<T>[] = [];
  private draining = false;

  constructor(
    private readonly sql: SqlClient,
    private readonly isRefusal: IsRefusal,
    private readonly maxGroup = 100,
  ) {}

  run(inGroup: (tx: SqlClient) => Promise<T>, alone: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ inGroup, alone, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length > 0) {
        const group = this.queue.splice(0, this.maxGroup);
        if (group.length === 1 || !(await this.together(group))) {
          for (const waiting of group) await waiting.alone().then(waiting.resolve, waiting.reject);
        }
      }
    } finally {
      this.draining = false;
    }
  }

  /** False when the group's transaction failed as a whole (nothing of it was stored). */
  private async together(group: Waiting<T>[]): Promise<boolean> {
    let outcomes: ({ value: T } | { error: unknown })[];
    try {
      outcomes = await this.sql.transaction(async (tx) => {
        const out: ({ value: T } | { error: unknown })[] = [];
        for (const waiting of group) {
          try {
            out.push({ value: await waiting.inGroup(tx) });
          } catch (error) {
            if (!this.isRefusal(error)) throw error;
            out.push({ error });
          }
        }
        return out;
      });
    } catch {
      return false;
    }
    outcomes.forEach((outcome, i) =>
      'value' in outcome ? group[i].resolve(outcome.value) : group[i].reject(outcome.error),
    );
    return true;
  }
}

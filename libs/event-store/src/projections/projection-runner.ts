import type { EventStore, StoredEvent, Subscription } from '../port/event-store.port';
import type { SqlClient } from '../sql/sql-client';
import { SqlEventStore } from '../sql/sql-event-store';
import {
  PROJECTION_CHECKPOINTS_DDL,
  PROJECTION_CHECKPOINTS_INLINE_DDL,
  setUpSchema,
} from '../sql/schema-setup';
import { catchUpInline } from './inline-catch-up';
import type { Projection } from './projection';

export interface ProjectionRunnerOptions {
  /** Events per transaction. Small enough that PGlite never holds the event loop for long. */
  batchSize?: number;
  /**
   * First pause before a failed projection starts again from its checkpoint; doubles on each
   * failure in a row, up to 30 s. A store that was away for a while must not leave the read models
   * stopped until the next process restart.
   */
  retryMs?: number;
  onError?(projection: string, error: unknown): void;
}

const MAX_RETRY_MS = 30_000;

interface Member {
  projection: Projection;
  checkpoint: number;
  /** Written inline by the appends: the group only moves its checkpoint (status, replay). */
  follows: boolean;
}

/** Projections fed by one subscription: each batch read once, applied to all, one transaction. */
interface Group {
  members: Map<string, Member>;
  subscription?: Subscription;
}

/**
 * Feeds projections from the global log. On the SQL stores a projection that declares itself
 * `inline` is written by each append in its own transaction (SqlEventStore.attachInline); the
 * others share ONE subscription per process: each batch is read once and applied to all of them,
 * with all their checkpoints, in ONE transaction, so a crash rolls back both and on restart the
 * batch is applied again from the old checkpoints, never twice and never skipped. Each
 * projection's apply runs under a savepoint: one that throws is rolled back alone, leaves the
 * group and starts again on its own, so a broken model does not stop the others. A checkpoint
 * update is conditional on the value this runner read, so a second runner on the same database
 * fails its batch instead of doubling it.
 */
export class ProjectionRunner {
  private readonly groups = new Set<Group>();
  private readonly positions = new Map<string, number>();
  private readonly failures = new Map<string, unknown>();
  private readonly listeners = new Set<() => void>();
  private readonly retryTimers = new Map<string, NodeJS.Timeout>();
  private readonly failuresInARow = new Map<string, number>();
  /** Inline projections attached to the store's appends (none on KurrentDB). */
  private readonly attached = new Set<string>();
  private readonly sqlStore?: SqlEventStore;
  private stopped = false;
  private prepared = false;

  constructor(
    private readonly store: EventStore,
    private readonly sql: SqlClient,
    private readonly projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    const names = new Set(projections.map((p) => p.name));
    if (names.size !== projections.length) throw new Error('Projection names must be unique');
    // Inline needs the read models in the events' database: not so for KurrentDB.
    if (store instanceof SqlEventStore && store.sharesDatabaseWith(sql)) this.sqlStore = store;
  }

  /**
   * Sets the tables up and attaches the inline projections to the store's appends (catching them
   * up first when needed). `start` does it when it has not been done; the app does it apart, in
   * its init phase, because bootstrap hooks may append (a history key being recorded) and an
   * append waits until the inline projections are attached.
   */
  async prepare(): Promise<void> {
    if (this.prepared) return;
    await setUpSchema(this.sql, async (tx) => {
      await tx.query(PROJECTION_CHECKPOINTS_DDL);
      await tx.query(PROJECTION_CHECKPOINTS_INLINE_DDL);
      for (const projection of this.projections) await projection.setup(tx);
    });
    if (this.sqlStore) {
      const inline = this.projections.filter((p) => p.inline);
      if (inline.length > 0) await catchUpInline(this.sqlStore, this.sql, inline, { rebuild: false });
      for (const p of inline) this.attached.add(p.name);
      this.sqlStore.attachInline(
        inline.length === 0
          ? undefined
          : async (tx, events) => {
              for (const projection of inline) for (const event of events) await projection.apply(tx, event);
            },
      );
    }
    this.prepared = true;
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.prepare();
    await this.startGroup(this.projections);
  }

  /** Resolves when every projection has caught up with the log as it was when it (re)started. */
  async caughtUp(): Promise<void> {
    await Promise.all([...this.groups].map((g) => g.subscription?.caughtUp));
  }

  /**
   * Stops the subscription. Inline projections stay attached: an append still finishing during
   * shutdown writes them as before, so none is missed.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.stopGroups();
  }

  /** Empties the model and its checkpoint, then replays the whole log into it. */
  async rebuild(name?: string): Promise<void> {
    const chosen = this.projections.filter((p) => name === undefined || p.name === name);
    await this.stopGroups();
    const inline = chosen.filter((p) => this.attached.has(p.name));
    const fed = chosen.filter((p) => !this.attached.has(p.name));
    if (fed.length > 0) {
      await this.sql.transaction(async (tx) => {
        for (const projection of fed) await projection.reset(tx);
        await tx.query('UPDATE projection_checkpoints SET position = -1 WHERE name = ANY($1)', [
          fed.map((p) => p.name),
        ]);
      });
    }
    // Appends wait while an inline model is rebuilt (SqlEventStore.exclusive).
    if (inline.length > 0 && this.sqlStore) {
      await catchUpInline(this.sqlStore, this.sql, inline, { rebuild: true });
    }
    for (const p of chosen) this.failures.delete(p.name);
    await this.startGroup(this.projections);
    await this.caughtUp();
  }

  /** The last position each projection has applied. */
  status(): Record<string, { position: number; error?: string; inline?: true }> {
    const out: Record<string, { position: number; error?: string; inline?: true }> = {};
    for (const p of this.projections) {
      const failure = this.failures.get(p.name);
      out[p.name] = {
        position: this.positions.get(p.name) ?? -1,
        ...(failure !== undefined && { error: String((failure as Error)?.message ?? failure) }),
        ...(this.attached.has(p.name) && { inline: true as const }),
      };
    }
    return out;
  }

  /**
   * Read-your-writes: resolves once every projection the appends do not write inline has applied
   * the log up to `position` (the position an append answered), rejects after `timeoutMs` or
   * when one of them has failed. Inline ones committed with the append: nothing to wait for.
   */
  waitFor(position: number, timeoutMs = 5000): Promise<void> {
    const awaited = this.projections.filter((p) => !this.attached.has(p.name));
    if (awaited.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const check = (): boolean => {
        const failed = awaited.find((p) => this.failures.has(p.name));
        if (failed) {
          const failure = this.failures.get(failed.name);
          finish();
          reject(
            new Error(
              `Projection ${failed.name} has stopped: ${String((failure as Error)?.message ?? failure)}`,
            ),
          );
          return true;
        }
        if (awaited.every((p) => (this.positions.get(p.name) ?? -1) >= position)) {
          finish();
          resolve();
          return true;
        }
        return false;
      };
      const listener = () => void check();
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`Read models did not reach position ${position} within ${timeoutMs} ms`));
      }, timeoutMs);
      // A wait is no reason to keep the process alive (the live stream waits 20 s at a time).
      timer.unref();
      const finish = () => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      if (!check()) this.listeners.add(listener);
    });
  }

  private async stopGroups(): Promise<void> {
    for (const timer of this.retryTimers.values()) clearTimeout(timer);
    this.retryTimers.clear();
    const stopping = [...this.groups].map((g) => g.subscription?.stop());
    this.groups.clear();
    await Promise.all(stopping);
  }

  private async startGroup(projections: readonly Projection[]): Promise<void> {
    const names = projections.map((p) => p.name);
    await this.sql.query(
      `INSERT INTO projection_checkpoints (name, position)
       SELECT name, -1 FROM unnest($1::text[]) AS name ON CONFLICT (name) DO NOTHING`,
      [names],
    );
    const { rows } = await this.sql.query<{ name: string; position: string | number }>(
      'SELECT name, position FROM projection_checkpoints WHERE name = ANY($1)',
      [names],
    );
    const read = new Map(rows.map((r) => [r.name, Number(r.position)]));
    const members = new Map<string, Member>();
    for (const projection of projections) {
      const checkpoint = read.get(projection.name) ?? -1;
      members.set(projection.name, { projection, checkpoint, follows: this.attached.has(projection.name) });
      this.positions.set(projection.name, checkpoint);
      this.failures.delete(projection.name);
    }
    this.notify();
    const group: Group = { members };
    this.groups.add(group);
    group.subscription = this.store.subscribe({
      after: Math.min(...[...members.values()].map((m) => m.checkpoint)),
      batchSize: this.options.batchSize ?? 200,
      handle: (events) => this.applyBatch(group, events),
      onError: (error) => this.groupFailed(group, error),
    });
  }

  private async applyBatch(group: Group, events: StoredEvent[]): Promise<void> {
    let failed: [Member, unknown][] = [];
    let moved: [Member, number][] = [];
    const isolate = group.members.size > 1;
    await this.sql.transaction(async (tx) => {
      failed = [];
      moved = [];
      for (const member of group.members.values()) {
        const mine = events.filter((e) => e.position > member.checkpoint);
        if (mine.length === 0) continue;
        if (!member.follows) {
          if (isolate) await tx.query('SAVEPOINT projection');
          try {
            for (const event of mine) await member.projection.apply(tx, event);
            if (isolate) await tx.query('RELEASE SAVEPOINT projection');
          } catch (error) {
            if (!isolate) throw error;
            await tx.query('ROLLBACK TO SAVEPOINT projection');
            failed.push([member, error]);
            continue;
          }
        }
        moved.push([member, mine[mine.length - 1].position]);
      }
      if (moved.length === 0) return;
      // All checkpoints in one statement. A fed projection's moves only from the value this
      // runner read; a followed (inline) one only forwards, whoever moves it.
      const done = await tx.query(
        `UPDATE projection_checkpoints c SET position = GREATEST(c.position, v.position)
           FROM unnest($1::text[], $2::bigint[], $3::bigint[]) AS v(name, position, old)
          WHERE c.name = v.name AND (v.old IS NULL OR c.position = v.old)
         RETURNING c.name`,
        [
          moved.map(([m]) => m.projection.name),
          moved.map(([, last]) => last),
          moved.map(([m]) => (m.follows ? null : m.checkpoint)),
        ],
      );
      if (done.rows.length !== moved.length) throw new CheckpointMovedError();
    });
    for (const [member, last] of moved) {
      member.checkpoint = last;
      this.positions.set(member.projection.name, last);
      this.failuresInARow.delete(member.projection.name);
    }
    for (const [member, error] of failed) {
      group.members.delete(member.projection.name);
      this.failed(member.projection, error);
      this.restartLater([member.projection]);
    }
    this.notify();
  }

  private groupFailed(group: Group, error: unknown): void {
    this.groups.delete(group);
    const projections = [...group.members.values()].map((m) => m.projection);
    if (this.stopped) return;
    if (error instanceof CheckpointMovedError) {
      // Another process's runner applied this batch first (several processes on one schema):
      // nothing is wrong, so carry on at once from where it got to. Reading its checkpoints also
      // moves this process's positions, so read-your-writes here sees its progress.
      setTimeout(() => {
        if (this.stopped) return;
        this.startGroup(projections).catch((failure: unknown) => {
          for (const p of projections) this.failed(p, failure);
          this.restartLater(projections);
        });
      }, 0).unref();
      return;
    }
    for (const p of projections) this.failed(p, error);
    this.restartLater(projections);
  }

  private failed(projection: Projection, error: unknown): void {
    this.failures.set(projection.name, error);
    this.options.onError?.(projection.name, error);
    this.notify();
  }

  /** Starts failed projections again from their checkpoints (nothing is applied twice: see above). */
  private restartLater(projections: Projection[]): void {
    const key = projections.map((p) => p.name).join(',');
    if (this.stopped || this.retryTimers.has(key)) return;
    const failures = Math.max(...projections.map((p) => this.failuresInARow.get(p.name) ?? 0)) + 1;
    for (const p of projections) this.failuresInARow.set(p.name, failures);
    const delay = Math.min((this.options.retryMs ?? 500) * 2 ** (failures - 1), MAX_RETRY_MS);
    const timer = setTimeout(() => {
      this.retryTimers.delete(key);
      if (this.stopped) return;
      this.startGroup(projections).catch((error: unknown) => {
        for (const p of projections) this.failures.set(p.name, error);
        this.restartLater(projections);
      });
    }, delay);
    timer.unref();
    this.retryTimers.set(key, timer);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** A checkpoint row changed since this runner read it: another runner is on the same schema. */
class CheckpointMovedError extends Error {
  constructor() {
    super('A checkpoint moved under this runner (another runner on the same schema?)');
  }
}

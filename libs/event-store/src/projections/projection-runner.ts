import type { EventStore, Subscription } from '../port/event-store.port';
import type { SqlClient } from '../sql/sql-client';
import { PROJECTION_CHECKPOINTS_DDL, setUpSchema } from '../sql/schema-setup';
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

interface Running {
  subscription: Subscription;
}

/**
 * Feeds projections from the global log. Each batch is applied and the checkpoint advanced in ONE
 * transaction: a crash rolls back both, so on restart the batch is applied again from the old
 * checkpoint, never twice and never skipped. The checkpoint update is conditional on the value
 * this runner read, so a second runner on the same database fails its batch instead of doubling it.
 */
export class ProjectionRunner {
  private readonly running = new Map<string, Running>();
  private readonly positions = new Map<string, number>();
  private readonly failures = new Map<string, unknown>();
  private readonly listeners = new Set<() => void>();
  private readonly retryTimers = new Map<string, NodeJS.Timeout>();
  private readonly failuresInARow = new Map<string, number>();
  private stopped = false;

  constructor(
    private readonly store: EventStore,
    private readonly sql: SqlClient,
    private readonly projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    const names = new Set(projections.map((p) => p.name));
    if (names.size !== projections.length) throw new Error('Projection names must be unique');
  }

  async start(): Promise<void> {
    this.stopped = false;
    await setUpSchema(this.sql, async (tx) => {
      await tx.query(PROJECTION_CHECKPOINTS_DDL);
      for (const projection of this.projections) await projection.setup(tx);
    });
    for (const projection of this.projections) await this.startOne(projection);
  }

  /** Resolves when every projection has caught up with the log as it was when it (re)started. */
  async caughtUp(): Promise<void> {
    await Promise.all([...this.running.values()].map((r) => r.subscription.caughtUp));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.retryTimers.values()) clearTimeout(timer);
    this.retryTimers.clear();
    const stopping = [...this.running.values()].map((r) => r.subscription.stop());
    this.running.clear();
    await Promise.all(stopping);
  }

  /** Empties the model and its checkpoint, then replays the whole log into it. */
  async rebuild(name?: string): Promise<void> {
    for (const projection of this.projections.filter((p) => name === undefined || p.name === name)) {
      const running = this.running.get(projection.name);
      this.running.delete(projection.name);
      await running?.subscription.stop();
      await this.sql.transaction(async (tx) => {
        await projection.reset(tx);
        await tx.query('UPDATE projection_checkpoints SET position = -1 WHERE name = $1', [projection.name]);
      });
      this.failures.delete(projection.name);
      await this.startOne(projection);
      await this.running.get(projection.name)?.subscription.caughtUp;
    }
  }

  /** The last position each projection has applied. */
  status(): Record<string, { position: number; error?: string }> {
    const out: Record<string, { position: number; error?: string }> = {};
    for (const p of this.projections) {
      const failure = this.failures.get(p.name);
      out[p.name] = {
        position: this.positions.get(p.name) ?? -1,
        ...(failure !== undefined && { error: String((failure as Error)?.message ?? failure) }),
      };
    }
    return out;
  }

  /**
   * Read-your-writes: resolves once every projection has applied the log up to `position` (the
   * position an append answered), rejects after `timeoutMs` or when a projection has failed.
   */
  waitFor(position: number, timeoutMs = 5000): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const check = (): boolean => {
        const failed = [...this.failures.entries()][0];
        if (failed) {
          finish();
          reject(
            new Error(
              `Projection ${failed[0]} has stopped: ${String((failed[1] as Error)?.message ?? failed[1])}`,
            ),
          );
          return true;
        }
        if (this.projections.every((p) => (this.positions.get(p.name) ?? -1) >= position)) {
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

  private async startOne(projection: Projection): Promise<void> {
    await this.sql.query(
      'INSERT INTO projection_checkpoints (name, position) VALUES ($1, -1) ON CONFLICT (name) DO NOTHING',
      [projection.name],
    );
    const { rows } = await this.sql.query<{ position: string | number }>(
      'SELECT position FROM projection_checkpoints WHERE name = $1',
      [projection.name],
    );
    let checkpoint = Number(rows[0].position);
    this.positions.set(projection.name, checkpoint);
    this.notify();

    const subscription = this.store.subscribe({
      after: checkpoint,
      batchSize: this.options.batchSize ?? 200,
      handle: async (events) => {
        const last = events[events.length - 1].position;
        await this.sql.transaction(async (tx) => {
          for (const event of events) await projection.apply(tx, event);
          const moved = await tx.query(
            'UPDATE projection_checkpoints SET position = $2 WHERE name = $1 AND position = $3 RETURNING name',
            [projection.name, last, checkpoint],
          );
          if (moved.rows.length !== 1) {
            throw new CheckpointMovedError(projection.name);
          }
        });
        checkpoint = last;
        this.positions.set(projection.name, last);
        this.failuresInARow.delete(projection.name);
        this.notify();
      },
      onError: (error) => {
        if (error instanceof CheckpointMovedError) {
          // Another process's runner applied this batch first (several processes on one schema):
          // nothing is wrong, so carry on at once from where it got to. Reading its checkpoint
          // also moves this process's position, so read-your-writes here sees its progress.
          this.running.delete(projection.name);
          if (!this.stopped) {
            setTimeout(() => {
              if (this.stopped || this.running.has(projection.name)) return;
              this.startOne(projection).catch((failure: unknown) => {
                this.failures.set(projection.name, failure);
                this.restartLater(projection);
              });
            }, 0).unref();
          }
          return;
        }
        this.failures.set(projection.name, error);
        this.running.delete(projection.name);
        this.options.onError?.(projection.name, error);
        this.notify();
        this.restartLater(projection);
      },
    });
    this.failures.delete(projection.name);
    this.running.set(projection.name, { subscription });
  }

  /** Starts a failed projection again from its checkpoint (nothing is applied twice: see above). */
  private restartLater(projection: Projection): void {
    if (this.stopped || this.retryTimers.has(projection.name)) return;
    const failures = (this.failuresInARow.get(projection.name) ?? 0) + 1;
    this.failuresInARow.set(projection.name, failures);
    const delay = Math.min((this.options.retryMs ?? 500) * 2 ** (failures - 1), MAX_RETRY_MS);
    const timer = setTimeout(() => {
      this.retryTimers.delete(projection.name);
      if (this.stopped || this.running.has(projection.name)) return;
      this.startOne(projection).catch((error: unknown) => {
        this.failures.set(projection.name, error);
        this.restartLater(projection);
      });
    }, delay);
    timer.unref();
    this.retryTimers.set(projection.name, timer);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** The checkpoint row changed since this runner read it: another runner is on the same schema. */
class CheckpointMovedError extends Error {
  constructor(projection: string) {
    super(`Checkpoint of ${projection} moved under this runner (another runner?)`);
  }
}

import type { EventStore } from '@app/event-store';
import type { HistoryProjection, SqlLike } from '../registry/history-projection';

export interface RebuildProgress {
  done: number;
  /** Known when the log can be counted (SQL stores). */
  total?: number;
  perSecond: number;
  secondsLeft?: number;
}

export interface RebuildOptions {
  store: EventStore;
  sql: SqlLike;
  projections: readonly (Pick<HistoryProjection, 'name' | 'setup' | 'apply' | 'reset'> &
    Partial<Pick<HistoryProjection, 'applyBatch'>>)[];
  /** Short batches keep PGlite, which runs on the event loop, from stalling everything else. */
  batchSize?: number;
  total?: number;
  onProgress?(progress: RebuildProgress): void;
  /** Runs in each batch's transaction, e.g. to move the runner's checkpoints with the rows. */
  onBatchApplied?(tx: SqlLike, lastPosition: number): Promise<void>;
  /** Runs in the transaction that empties the models. */
  onReset?(tx: SqlLike): Promise<void>;
  /** Stop after this global position (to compare with read models that stand there). */
  upTo?: number;
  /** Injected so tests fix time; defaults to performance.now(). */
  now?(): number;
}

/**
 * Drop every read model and feed it the whole log again (docs/architecture.md: every read model can be
 * dropped and rebuilt). One transaction per batch, all projections together, so a crash leaves
 * whole batches only.
 */
export async function rebuildReadModels(options: RebuildOptions): Promise<{ events: number; ms: number }> {
  const { store, sql, projections } = options;
  const batchSize = options.batchSize ?? 500;
  const now = options.now ?? (() => performance.now());
  await sql.transaction(async (tx) => {
    // setup on both sides of reset: some resets empty their tables (which must exist), others
    // drop them (which must be created again); setup is idempotent DDL either way.
    for (const projection of projections) {
      await projection.setup(tx);
      await projection.reset(tx);
      await projection.setup(tx);
    }
    await options.onReset?.(tx);
  });
  const started = now();
  let done = 0;
  let after = -1;
  for (;;) {
    const read = await store.readAll({ after, maxCount: batchSize });
    const upTo = options.upTo;
    const batch = upTo === undefined ? read : read.filter((e) => e.position <= upTo);
    if (batch.length === 0) break;
    await sql.transaction(async (tx) => {
      for (const projection of projections) {
        if (projection.applyBatch) await projection.applyBatch(tx, batch);
        else for (const event of batch) await projection.apply(tx, event);
      }
      await options.onBatchApplied?.(tx, batch[batch.length - 1].position);
    });
    done += batch.length;
    after = batch[batch.length - 1].position;
    const seconds = Math.max((now() - started) / 1000, 1e-6);
    const perSecond = done / seconds;
    const total = options.total;
    options.onProgress?.({
      done,
      ...(total !== undefined && { total, secondsLeft: Math.max(total - done, 0) / perSecond }),
      perSecond,
    });
  }
  return { events: done, ms: now() - started };
}

/** One line of the progress bar: `12,000 / 100,000 events  8,421 ev/s  10 s left`. */
export function progressLine(p: RebuildProgress): string {
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  const done = p.total !== undefined ? `${n(p.done)} / ${n(p.total)} events` : `${n(p.done)} events`;
  const bar =
    p.total !== undefined && p.total > 0
      ? `[${'#'.repeat(Math.round((20 * Math.min(p.done, p.total)) / p.total)).padEnd(20, '.')}] `
      : '';
  const left = p.secondsLeft !== undefined ? `  ${n(Math.ceil(p.secondsLeft))} s left` : '';
  return `${bar}${done}  ${n(p.perSecond)} ev/s${left}`;
}

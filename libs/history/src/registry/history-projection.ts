import type { StoredEvent } from '@app/event-store';

/**
 * The query/transaction slice of the event-store lib's `SqlClient` that history's read models
 * use (declared here by shape, so this lib compiles against any client with it).
 */
export interface SqlLike {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  transaction<T>(fn: (tx: SqlLike) => Promise<T>): Promise<T>;
}

/**
 * A read model fed from the log (the `Projection` the ProjectionRunner drives, conventions):
 * `apply` runs inside the runner's transaction, together with its checkpoint. `tables` lists
 * what `reset` empties, so a digest can cover exactly these rows.
 */
export interface HistoryProjection {
  readonly name: string;
  readonly tables: readonly string[];
  setup(tx: SqlLike): Promise<void>;
  apply(tx: SqlLike, event: StoredEvent): Promise<void>;
  reset(tx: SqlLike): Promise<void>;
  /** The same as `apply` for each event in turn, in fewer statements (used by replay). */
  applyBatch?(tx: SqlLike, events: readonly StoredEvent[]): Promise<void>;
}

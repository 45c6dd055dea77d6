import type { StoredEvent } from '@app/event-store';

/** The query/transaction slice of the event-store lib's `SqlClient` these read models use. */
export interface SqlLike {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  transaction<T>(fn: (tx: SqlLike) => Promise<T>): Promise<T>;
}

/** The `Projection` the ProjectionRunner drives: `apply` runs in its transaction, with its checkpoint. */
export interface CouncilsProjection {
  readonly name: string;
  readonly tables: readonly string[];
  setup(tx: SqlLike): Promise<void>;
  apply(tx: SqlLike, event: StoredEvent): Promise<void>;
  reset(tx: SqlLike): Promise<void>;
}

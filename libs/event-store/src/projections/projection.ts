import type { StoredEvent } from '../port/event-store.port';
import type { SqlClient } from '../sql/sql-client';

/**
 * A read model kept in SQL. Every method runs inside the runner's transaction, so the rows and
 * the checkpoint move together. `apply` sees every event of the global log (ignore the ones
 * that do not matter); `reset` empties the model for a rebuild.
 */
export interface Projection {
  /** Stable: it keys the checkpoint row. */
  readonly name: string;
  /** Idempotent DDL (CREATE TABLE IF NOT EXISTS ...), run at every start. */
  setup(tx: SqlClient): Promise<void>;
  apply(tx: SqlClient, event: StoredEvent): Promise<void>;
  reset(tx: SqlClient): Promise<void>;
}

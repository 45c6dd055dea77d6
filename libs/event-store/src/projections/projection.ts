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
  /**
   * Written in the append's own transaction on the SQL stores (a list or page a user reads right
   * after writing: no read-your-writes wait for it); elsewhere, and on KurrentDB, fed by the
   * runner like the rest. docs/event-store.md says what that costs and how a failure behaves.
   */
  readonly inline?: boolean;
  /** Idempotent DDL (CREATE TABLE IF NOT EXISTS ...), run at every start. */
  setup(tx: SqlClient): Promise<void>;
  apply(tx: SqlClient, event: StoredEvent): Promise<void>;
  reset(tx: SqlClient): Promise<void>;
}

import { PGlite, type Transaction } from '@electric-sql/pglite';
import { SqlClient } from './sql-client';
import { countCommit, countStatement } from './sql-counters';

class PgliteTransaction extends SqlClient {
  constructor(private readonly tx: Transaction) {
    super();
  }
  async query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }> {
    countStatement(sql, false);
    const result = await this.tx.query<T>(sql, params);
    return { rows: result.rows };
  }
  /** Nesting joins the outer transaction. */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    return fn(this);
  }
  async close(): Promise<void> {}
}

/**
 * PostgreSQL compiled to WebAssembly, in this process: one connection, so PGlite itself
 * serialises queries and transactions. Its work runs on the event loop, so callers keep
 * statements short (batches) to keep the HTTP server responsive.
 */
export class PgliteSqlClient extends SqlClient {
  override readonly serialisesTransactions = true;

  private constructor(private readonly db: PGlite) {
    super();
  }

  /** `dataDir`: a directory kept across restarts; omitted, the database lives in memory. */
  static async open(dataDir?: string): Promise<PgliteSqlClient> {
    const db = dataDir === undefined ? await PGlite.create() : await PGlite.create(dataDir);
    return new PgliteSqlClient(db);
  }

  async query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }> {
    countStatement(sql, true);
    const result = await this.db.query<T>(sql, params);
    return { rows: result.rows };
  }

  async transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    // BEGIN and COMMIT are PGlite's own; counted as the pg client's are.
    countStatement('BEGIN', false);
    const result = await this.db.transaction((tx) => fn(new PgliteTransaction(tx)));
    countStatement('COMMIT', false);
    countCommit();
    return result;
  }

  async close(): Promise<void> {
    if (!this.db.closed) await this.db.close();
  }
}

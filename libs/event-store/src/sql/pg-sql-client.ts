import { Pool, type PoolClient, type PoolConfig } from 'pg';
import { assertIdentifier, SqlClient } from './sql-client';
import { toUnavailable } from './connection-errors';
import { countCommit, countStatement } from './sql-counters';

export interface PgSqlClientOptions {
  connectionString: string;
  /** Every connection's `search_path`; created when missing. */
  schema: string;
  /** Pool size; the concurrent-writer test needs one connection per writer. */
  max?: number;
  connectionTimeoutMillis?: number;
  /**
   * A query without an answer after this long fails (as UnavailableError, so a 503) and its
   * connection is discarded. Without it a server that stops answering without closing the
   * connection (a hung host, a cut network path) makes every request hang. Default 5000.
   */
  queryTimeoutMillis?: number;
}

/** A transaction's view: every query on the one connection that holds it. */
class PgTransaction extends SqlClient {
  constructor(private readonly client: PoolClient) {
    super();
  }
  async query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }> {
    countStatement(sql, false);
    try {
      const result = await this.client.query(sql, params);
      return { rows: result.rows as T[] };
    } catch (error) {
      throw toUnavailable(error, 'PostgreSQL');
    }
  }
  /** Nesting joins the outer transaction: the store never needs savepoints. */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    return fn(this);
  }
  async close(): Promise<void> {}
}

export class PgSqlClient extends SqlClient {
  private constructor(
    private readonly pool: Pool,
    private readonly config: PoolConfig,
  ) {
    super();
  }

  static async connect(options: PgSqlClientOptions): Promise<PgSqlClient> {
    const schema = assertIdentifier(options.schema);
    const config: PoolConfig = {
      connectionString: options.connectionString,
      max: options.max ?? 10,
      connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5000,
      query_timeout: options.queryTimeoutMillis ?? 5000,
      // Set at connection start-up, so no query can ever run on a connection with another path.
      options: `-c search_path=${schema}`,
    };
    const pool = new Pool(config);
    // An idle connection dropped by the server must not crash the process; the next query fails
    // (and is mapped to UnavailableError) instead.
    pool.on('error', () => undefined);
    const client = new PgSqlClient(pool, config);
    try {
      // Look first: CREATE SCHEMA checks the CREATE privilege even when the schema exists, and
      // a production role may own its schema without being allowed to create others.
      const { rows } = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
      if (rows.length === 0) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } catch (error) {
      // Two processes creating the schema at once: the loser sees a duplicate, which is fine.
      const code = (error as { code?: string }).code;
      if (code !== '23505' && code !== '42P06') {
        await pool.end();
        throw error;
      }
    }
    return client;
  }

  async query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }> {
    countStatement(sql, true);
    try {
      const result = await this.pool.query(sql, params);
      return { rows: result.rows as T[] };
    } catch (error) {
      throw toUnavailable(error, 'PostgreSQL');
    }
  }

  async transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw toUnavailable(error, 'PostgreSQL');
    }
    const tx = new PgTransaction(client);
    let broken = false;
    // A lent connection has no pool listener for 'error' (the pool listens only while it is
    // idle), and an unheard 'error' is thrown: a server that goes away between two statements
    // would take the process down. The statement in flight, or the next one, fails instead.
    const onError = () => {
      broken = true;
    };
    client.on('error', onError);
    try {
      await tx.query('BEGIN');
      const result = await fn(tx);
      await tx.query('COMMIT');
      countCommit();
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true;
      }
      throw error;
    } finally {
      client.removeListener('error', onError);
      client.release(broken);
    }
  }

  /** A dedicated connection, outside the pool, so LISTEN never holds a pooled one. */
  override async listen(channel: string, onNotify: () => void): Promise<() => Promise<void>> {
    const { Client } = await import('pg');
    const client = new Client(this.config);
    client.on('error', () => undefined);
    client.on('notification', (message) => {
      if (message.channel === channel) onNotify();
    });
    await client.connect();
    await client.query(`LISTEN ${assertIdentifier(channel)}`);
    return async () => {
      await client.end().catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/**
 * The little SQL the event store and the read models need, so one implementation serves
 * PostgreSQL (`pg`) and PGlite alike. Parameters are `$1`-style; JSON goes in as a string.
 */
export abstract class SqlClient {
  /**
   * True when every query goes through one connection that runs one transaction at a time
   * (PGlite): transactions then commit in the order they start, and no lock is needed for that.
   */
  readonly serialisesTransactions: boolean = false;
  abstract query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  abstract transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  /**
   * Calls `onNotify` for each NOTIFY on `channel` from any connection (other processes included).
   * Returns the function that stops listening. Undefined when the backend has no use for it.
   */
  listen?(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  abstract close(): Promise<void>;
}

/**
 * DI token for the database read models live in: for the embedded and PostgreSQL stores the
 * same database as the events, for KurrentDB a separate PGlite or PostgreSQL.
 */
export abstract class ReadModelSql extends SqlClient {}

/** A PostgreSQL identifier we interpolate into SQL (schema, channel names): keep it boring. */
export function assertIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new Error(`Not a plain lower-case SQL identifier: ${JSON.stringify(name)}`);
  }
  return name;
}

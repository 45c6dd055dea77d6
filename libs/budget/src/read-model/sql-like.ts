/**
 * The slice of the event-store lib's `SqlClient` the budget read models use, declared by shape so
 * they compile against any client with it (PostgreSQL or PGlite).
 */
export interface SqlLike {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

/**
 * The slice of the event-store lib's `SqlClient` this lib's read model uses, declared by shape
 * so the projection compiles against any client with it (PostgreSQL or PGlite).
 */
export interface SqlLike {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

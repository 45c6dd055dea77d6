/**
 * The slice of the event-store lib's `SqlClient` the budget read models use, declared by shape so
 * they compile against any client with it (PostgreSQL or PGlite).
 */
export interface SqlLike {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

/** JSON columns come back parsed from `pg` and, depending on the version, as text from PGlite. */
export function parseJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

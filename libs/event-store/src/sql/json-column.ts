/** A jsonb column comes back parsed from `pg` and, depending on the version, as text from PGlite. */
export function jsonColumn<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

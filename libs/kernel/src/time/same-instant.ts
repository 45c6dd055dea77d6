/**
 * Times are compared as instants, never as strings: `15:00+02:00` and `13:00Z` are the same
 * moment. A missing time is the same as nothing.
 */
export function sameInstant(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && Date.parse(a) === Date.parse(b);
}

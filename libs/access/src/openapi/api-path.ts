/** The global prefix every API route is served under (`setGlobalPrefix`). */
export const API_PREFIX = 'api';

/** `/api/<segments>` with each segment percent-encoded: the URL a `Location` header names. */
export function apiPath(...segments: (string | number)[]): string {
  return `/${API_PREFIX}/${segments.map((s) => encodeURIComponent(String(s))).join('/')}`;
}

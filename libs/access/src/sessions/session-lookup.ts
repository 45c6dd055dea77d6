import type { Principal } from '../tokens/token-claims';

/** The cookie a signed-in browser carries; its value is the session's secret, never stored as such. */
export const SESSION_COOKIE = 'council_session';

/**
 * Sessions as the guard reads them. The sign-in feature provides it (sessions started by an
 * e-mailed link); the access lib only declares what it needs. Without one, only bearer tokens count.
 */
export abstract class SessionLookup {
  /**
   * The session's principal as it began, or `undefined` when it is unknown, ended or expired. For
   * a place in a council its role is only how the session began: the guard reads the role from the
   * council's record on every request (`sessionPrincipal`).
   */
  abstract principalOf(sessionSecret: string): Promise<Principal | undefined>;
}

/** One cookie's value from a `Cookie` header (RFC 6265 §5.4: `name=value` pairs split by `;`). */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const split = pair.indexOf('=');
    if (split === -1) continue;
    if (pair.slice(0, split).trim() === name) return pair.slice(split + 1).trim() || undefined;
  }
  return undefined;
}

import { UnavailableError } from '@app/kernel';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'EAI_AGAIN',
]);

/**
 * A store that cannot be reached is a 503 for the client (retry later), not a 500. SQLSTATE
 * class 08 is "connection exception", 57P0x are server shutdown / starting up, and 53300 is
 * "too many connections" (every slot taken, e.g. by other processes on one server).
 */
export function isConnectionFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || code.startsWith('08') || /^57P0[1-4]$/.test(code) || code === '53300')
      return true;
  }
  // "Query read timeout": pg's query_timeout, the server stopped answering (see PgSqlClient).
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Query read timeout/i.test(
    String((error as { message?: unknown }).message),
  );
}

export function toUnavailable(error: unknown, what: string): unknown {
  if (!isConnectionFailure(error)) return error;
  const unavailable = new UnavailableError(
    `${what} is unreachable: ${String((error as { message?: unknown }).message)}`,
  );
  (unavailable as { cause?: unknown }).cause = error;
  return unavailable;
}

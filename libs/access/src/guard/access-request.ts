import type { Principal } from '../tokens/token-claims';

/** The slice of an Express request the guard and decorators use. */
export interface AccessRequest {
  headers: Record<string, string | string[] | undefined>;
  params?: Record<string, string | undefined>;
  method?: string;
  id?: unknown;
  /** Set by the AccessGuard once the bearer token is verified. */
  principal?: Principal;
  /** Set when the principal came from a session cookie rather than a bearer token. */
  viaSession?: boolean;
  /** Server time the guard saw the request, ISO 8601; `now` of every command it causes. */
  receivedAt?: string;
  correlationId?: string;
  requestId?: string;
}

export function headerValue(request: AccessRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

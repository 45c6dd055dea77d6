/** The claims the API signs (apps/cli `token`): person, role and council. */
export interface TokenClaims {
  sub: string;
  role: string;
  council?: string;
  exp?: number;
}

const STORAGE_KEY = 'council-engine.token';

function base64UrlDecode(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/**
 * Reads the claims without verifying the signature: the API verifies every request, the page
 * only needs to say who is signed in. Returns undefined for anything that is not a JWT.
 */
export function decodeToken(token: string): TokenClaims | undefined {
  const parts = token.trim().split('.');
  if (parts.length !== 3) return undefined;
  try {
    const claims = JSON.parse(base64UrlDecode(parts[1])) as Partial<TokenClaims>;
    if (typeof claims.sub !== 'string' || typeof claims.role !== 'string') return undefined;
    return claims as TokenClaims;
  } catch {
    return undefined;
  }
}

/** An admin's token names no council (apps/cli `token --role admin`): it signs in to create one. */
export function isAdminWithoutCouncil(claims: TokenClaims): boolean {
  return claims.role === 'admin' && !claims.council;
}

export function isExpired(claims: TokenClaims, nowMs: number): boolean {
  return claims.exp !== undefined && claims.exp * 1000 <= nowMs;
}

export const storedToken = {
  read: (): string | undefined => localStorage.getItem(STORAGE_KEY) ?? undefined,
  write: (token: string) => localStorage.setItem(STORAGE_KEY, token.trim()),
  clear: () => localStorage.removeItem(STORAGE_KEY),
};

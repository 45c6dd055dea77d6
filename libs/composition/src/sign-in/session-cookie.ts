import type { CookieOptions, Request } from 'express';
import { SESSION_COOKIE } from '@app/access';

/**
 * The session cookie: `HttpOnly` (no script reads it), `SameSite=Strict` (no other site's page
 * sends it), path `/api` (only the API needs it), and `Secure` when the pages are served over
 * https: PUBLIC_URL starts with `https:`, or this request came over TLS (`req.secure`; behind a
 * proxy that ends TLS, set PUBLIC_URL). Over plain http on localhost a `Secure` cookie would never
 * come back, so a first run would not sign in.
 */
export function sessionCookieOptions(
  req: Request,
  publicUrl: string | undefined,
  expiresAt?: Date,
): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    path: '/api',
    secure: publicUrl?.startsWith('https:') || req.secure,
    ...(expiresAt && { expires: expiresAt }),
  };
}

export { SESSION_COOKIE };

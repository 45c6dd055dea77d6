import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { cookieValue, SESSION_COOKIE, type SessionLookup, type TokenService } from '@app/access';
import { sendProblem } from '@app/access';

export interface RateLimitOptions {
  /** RATE_LIMIT_WINDOW_MS: the window both limits count in. */
  windowMs: number;
  /** RATE_LIMIT_AUTH_FAILURES: answers 401 per client address per window; 0 = no limit. */
  authFailures: number;
  /** RATE_LIMIT_WRITES: writes per bearer token per window; 0 = no limit. */
  writes: number;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function bearerOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  return header ? /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] : undefined;
}

/**
 * Issue 20, item 10: the API's two rate limits, by express-rate-limit (its `skipSuccessfulRequests`
 * counts only the answers we call failures, which is what "failed authentication per address"
 * needs; @nestjs/throttler counts every request a guard sees). Over a limit the answer is 429
 * with `Retry-After` and the IETF draft's `RateLimit` and `RateLimit-Policy` fields (draft 8).
 * Counts live in this process's memory: behind a load balancer each process counts its own.
 *
 * - Failed and missing authentication, per client address: a request whose answer is 401
 *   counts; past the limit, the address gets 429 for the rest of the window unless it shows a
 *   valid token (a colleague behind the same address keeps working).
 * - Writes per token: a valid token's POST, PUT, PATCH and DELETE count, reads never do.
 */
export function rateLimits(
  options: RateLimitOptions,
  tokens: TokenService,
  sessions?: SessionLookup,
): RequestHandler[] {
  const validBearer = (req: Request): boolean => {
    const token = bearerOf(req);
    if (!token) return false;
    try {
      tokens.verify(token);
      return true;
    } catch {
      return false;
    }
  };
  // Issue 19: a live session cookie (sign-in by e-mail) counts as a valid token does, so people
  // signed in that way behind a busy address keep working and their writes are counted too.
  const sessionOf = (req: Request): string | undefined =>
    req.headers.authorization ? undefined : cookieValue(req.headers.cookie, SESSION_COOKIE);
  const validToken = async (req: Request): Promise<boolean> => {
    if (validBearer(req)) return true;
    const session = sessionOf(req);
    return (
      session !== undefined && sessions !== undefined && (await sessions.principalOf(session)) !== undefined
    );
  };
  const common = {
    windowMs: options.windowMs,
    standardHeaders: 'draft-8' as const,
    legacyHeaders: false,
    handler: (_req: Request, res: Response) => {
      sendProblem(res, 429, 'too many requests; see Retry-After');
    },
  };
  const limits: RequestHandler[] = [];
  if (options.authFailures > 0) {
    limits.push(
      rateLimit({
        ...common,
        limit: options.authFailures,
        identifier: 'auth-failures',
        skipSuccessfulRequests: true,
        requestWasSuccessful: (_req, res) => res.statusCode !== 401,
        skip: validToken,
        keyGenerator: (req) => ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown'),
      }),
    );
  }
  if (options.writes > 0) {
    limits.push(
      rateLimit({
        ...common,
        limit: options.writes,
        identifier: 'writes',
        skip: async (req) => !WRITES.has(req.method) || !(await validToken(req)),
        // A digest, so the limiter's memory never holds a usable token or session.
        keyGenerator: (req) =>
          createHash('sha256')
            .update(bearerOf(req) ?? `session:${sessionOf(req) ?? ''}`)
            .digest('base64url'),
      }),
    );
  }
  return limits;
}

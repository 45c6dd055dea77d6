import { durationToMs, isIsoDuration } from '@app/kernel';

/** The sign-in settings, from the environment (README's configuration table). */
export interface SignInOptions {
  /** SIGN_IN_LINK_TTL: how long an e-mailed link may be followed, ISO 8601. Default PT15M. */
  linkTtlMs: number;
  /** SESSION_TTL: how long a session lasts from sign-in, ISO 8601. Default PT12H (a working day). */
  sessionTtlMs: number;
  /**
   * PUBLIC_URL: where people reach the pages (`https://raad.example.dk`). The links point there,
   * state-changing requests with a session cookie must come from its origin, and an `https:` URL
   * makes the cookie `Secure`. Unset: the request's own origin (a first run on localhost).
   */
  publicUrl?: string;
  /** SIGN_IN_LIMIT: links asked for per address per window (RATE_LIMIT_WINDOW_MS); 0 = no limit. */
  requestsPerAddress: number;
  smtpUrl?: string;
  /** MAIL_FROM, shared with the reminders. */
  from: string;
}

export const SIGN_IN_OPTIONS = Symbol('SIGN_IN_OPTIONS');

function isoDuration(value: string | undefined, name: string, fallback: string): number {
  const text = value || fallback;
  if (!isIsoDuration(text))
    throw new Error(`${name} must be an ISO 8601 duration such as PT15M, got "${text}"`);
  return durationToMs(text);
}

export function signInOptionsFromEnv(env: NodeJS.ProcessEnv): SignInOptions {
  const limit = Number(env.SIGN_IN_LIMIT ?? 5);
  if (!Number.isInteger(limit) || limit < 0)
    throw new Error(`SIGN_IN_LIMIT must be a whole number, got "${env.SIGN_IN_LIMIT}"`);
  const publicUrl = env.PUBLIC_URL ? new URL(env.PUBLIC_URL).origin : undefined;
  return {
    linkTtlMs: isoDuration(env.SIGN_IN_LINK_TTL, 'SIGN_IN_LINK_TTL', 'PT15M'),
    sessionTtlMs: isoDuration(env.SESSION_TTL, 'SESSION_TTL', 'PT12H'),
    ...(publicUrl && { publicUrl }),
    requestsPerAddress: limit,
    smtpUrl: env.SMTP_URL || undefined,
    from: env.MAIL_FROM || 'council-engine@localhost',
  };
}

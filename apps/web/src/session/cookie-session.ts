import type { ProblemDetails, SignInMethods } from '../api/api-types';
import type { TokenClaims } from './token';

/**
 * The session of a sign-in by e-mail lives in an `HttpOnly` cookie the page cannot read, so the
 * page asks the API who it is signed in as, and turns the answer into the claims a token has.
 */
interface SessionAnswer {
  personId: string;
  role: string;
  councilId?: string;
}

const toClaims = (a: SessionAnswer): TokenClaims => ({
  sub: a.personId,
  role: a.role,
  ...(a.councilId && { council: a.councilId }),
});

const post = (path: string, body?: unknown) =>
  fetch(path, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      ...(body !== undefined && { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/** The refusal's words: the API's errors are problem details (`detail`, else `title`). */
async function messageOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as Partial<ProblemDetails>;
    return body.detail ?? body.title ?? response.statusText;
  } catch {
    return response.statusText;
  }
}

/**
 * `#/log-ind-afvist/<code>`: the region's sign-in provider sent the browser back without a
 * session, with only the reason's code (docs/sign-in.md).
 */
export type OidcRefusal = 'not-known' | 'several' | 'failed';
export function oidcRefusalIn(hash: string): OidcRefusal | undefined {
  return /^#\/log-ind-afvist\/(not-known|several|failed)$/.exec(hash)?.[1] as OidcRefusal | undefined;
}

/** The `#/log-ind/<secret>` of an e-mailed link (after `#`, so it never reaches a server log). */
export function linkSecretIn(hash: string): string | undefined {
  return /^#\/log-ind\/([A-Za-z0-9_-]{20,200})$/.exec(hash)?.[1];
}

export const cookieSession = {
  /** Who the cookie signs in, or undefined when there is no live session. */
  async current(): Promise<TokenClaims | undefined> {
    const response = await fetch('/api/sign-in/session', { headers: { Accept: 'application/json' } });
    if (!response.ok) return undefined;
    const answer = (await response.json()) as Partial<SessionAnswer>;
    return answer.personId && answer.role ? toClaims(answer as SessionAnswer) : undefined;
  },
  /** The ways to sign in besides the mailed link: the region's provider, when the engine has one. */
  async methods(): Promise<SignInMethods> {
    const response = await fetch('/api/sign-in/methods', { headers: { Accept: 'application/json' } });
    return response.ok ? ((await response.json()) as SignInMethods) : {};
  },
  async requestLink(email: string): Promise<void> {
    const response = await post('/api/sign-in', { email });
    if (!response.ok) throw new Error(`${response.status}: ${await messageOf(response)}`);
  },
  /** Follows a link: the API sets the cookie and answers who it signs in. */
  async complete(secret: string): Promise<TokenClaims> {
    const response = await post('/api/sign-in/complete', { token: secret });
    if (!response.ok) throw new Error(await messageOf(response));
    return toClaims((await response.json()) as SessionAnswer);
  },
  async end(): Promise<void> {
    await post('/api/sign-out').catch(() => undefined);
  },
};

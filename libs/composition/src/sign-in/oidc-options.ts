/**
 * OpenID Connect sign-in for a region with an identity provider (issue 19, item 1): settings from
 * the environment. Off unless OIDC_ISSUER is set; once it is, a missing client id or redirect
 * URL stops the start, since a half-configured button would only ever fail.
 */
export interface OidcOptions {
  /** OIDC_ISSUER: the provider's issuer URL; its `/.well-known/openid-configuration` is read. */
  issuer: URL;
  /** OIDC_CLIENT_ID: this engine's client id at the provider. */
  clientId: string;
  /** OIDC_CLIENT_SECRET: the client's secret; unset, a public client (PKCE alone). */
  clientSecret?: string;
  /**
   * OIDC_REDIRECT_URL: where the provider sends the browser back, `<pages>/api/sign-in/oidc/callback`
   * (registered at the provider). Default: from PUBLIC_URL.
   */
  redirectUrl: URL;
  /** OIDC_NAME: the provider's name on the button, "Log ind med <name>". Default: the issuer's host. */
  name: string;
  /** OIDC_SCOPE: default `openid email`. */
  scope: string;
  /**
   * Plain http is allowed only for a provider on this machine (a test, a first run): tokens from
   * anywhere else travel over TLS or not at all.
   */
  allowHttp: boolean;
}

export const OIDC_OPTIONS = Symbol('OIDC_OPTIONS');

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function url(value: string, name: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new Error(`${name} must be a URL, got "${value}"`);
  }
}

export function oidcOptionsFromEnv(env: NodeJS.ProcessEnv): OidcOptions | undefined {
  if (!env.OIDC_ISSUER) return undefined;
  const issuer = url(env.OIDC_ISSUER, 'OIDC_ISSUER');
  if (!env.OIDC_CLIENT_ID) throw new Error('OIDC_ISSUER is set, so OIDC_CLIENT_ID must be too');
  const redirect =
    env.OIDC_REDIRECT_URL ||
    (env.PUBLIC_URL && `${new URL(env.PUBLIC_URL).origin}/api/sign-in/oidc/callback`);
  if (!redirect) throw new Error('OIDC_ISSUER is set, so OIDC_REDIRECT_URL (or PUBLIC_URL) must be too');
  const redirectUrl = url(redirect, 'OIDC_REDIRECT_URL');
  const allowHttp = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
  if (issuer.protocol !== 'https:' && !allowHttp)
    throw new Error(`OIDC_ISSUER must be an https: URL (plain http only on this machine), got "${issuer}"`);
  return {
    issuer,
    clientId: env.OIDC_CLIENT_ID,
    ...(env.OIDC_CLIENT_SECRET && { clientSecret: env.OIDC_CLIENT_SECRET }),
    redirectUrl,
    name: env.OIDC_NAME || issuer.host,
    scope: env.OIDC_SCOPE || 'openid email',
    allowHttp,
  };
}

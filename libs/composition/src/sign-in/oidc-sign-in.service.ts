import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import type * as OpenIdClient from 'openid-client';
import { Clock, SystemClock } from '@app/kernel';
import { PlacesByAddress } from './places-by-address';
import { OIDC_OPTIONS, type OidcOptions } from './oidc-options';
import { SIGN_IN_OPTIONS, type SignInOptions } from './sign-in-options';
import { newSecret, SignInStore } from './sign-in-store';

/** How long the browser has at the provider before the flow it started is void. */
export const OIDC_FLOW_TTL_MS = 10 * 60_000;

/**
 * Where the callback sends the browser. `link`: a one-time sign-in link, followed by the page as
 * a mailed one is. The refusals are words in the page's address (`#/log-ind-afvist/<code>`):
 * `not-known` (no address, an unverified one, or one the record does not hold: one answer for
 * all, as the mailed link gives), `several` (the address holds more than one place: the mailed
 * links, one per place, let the person choose), `failed` (the flow was broken: a state, nonce or
 * PKCE check, a code used before, a lost or reused cookie, the provider unreachable).
 */
export type OidcOutcome = { link: string } | { refused: 'not-known' | 'several' | 'failed' };

/** The library's message, with the provider's own error code when it sent one (`invalid_grant`). */
function whyRefused(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { error: code, error_description: description } = error as {
    error?: unknown;
    error_description?: unknown;
  };
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return typeof code === 'string'
    ? `${error.message}: ${code}${description ? `, ${String(description)}` : ''}`
    : error.message + cause;
}

/**
 * `client_secret_basic`, the default of a client's registration (RFC 7591), rather than the
 * library's `client_secret_post`; without a secret, a public client that PKCE alone protects.
 */
function clientAuth(client: typeof OpenIdClient, options: OidcOptions): OpenIdClient.ClientAuth {
  return options.clientSecret ? client.ClientSecretBasic(options.clientSecret) : client.None();
}

/**
 * openid-client is an ES module; the CommonJS build loads it with Node's `require` of ES modules
 * (Node 20.19 and later), and only when OIDC_ISSUER is set, so nothing else pays for it.
 */
function openIdClient(): typeof OpenIdClient {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: loaded on first use only
  return require('openid-client') as typeof OpenIdClient;
}

/**
 * OpenID Connect sign-in (docs/sign-in.md): the authorization code flow with PKCE, state and
 * nonce, through openid-client. The provider vouches for an address (`email` with
 * `email_verified: true`); the council's record decides, exactly as for a mailed link, which
 * place that address holds, and the session starts by the same one-time link.
 */
@Injectable()
export class OidcSignIn {
  private readonly logger = new Logger('SignIn');
  private readonly clock: Clock;
  private configuration?: Promise<OpenIdClient.Configuration>;

  constructor(
    @Inject(OIDC_OPTIONS) readonly options: OidcOptions | undefined,
    @Inject(SIGN_IN_OPTIONS) private readonly signIn: SignInOptions,
    private readonly store: SignInStore,
    private readonly places: PlacesByAddress,
    @Optional() @Inject(Clock) clock?: Clock,
  ) {
    this.clock = clock ?? new SystemClock();
  }

  /**
   * The provider's metadata, read once; a failed read is forgotten, so the next sign-in tries
   * again (a provider down at our start does not switch the button off until a restart).
   */
  private config(options: OidcOptions): Promise<OpenIdClient.Configuration> {
    if (!this.configuration) {
      const client = openIdClient();
      this.configuration = client
        .discovery(options.issuer, options.clientId, options.clientSecret, clientAuth(client, options), {
          ...(options.allowHttp && { execute: [client.allowInsecureRequests] }),
        })
        .catch((error: unknown) => {
          this.configuration = undefined;
          throw error;
        });
    }
    return this.configuration;
  }

  /** Starts a flow: the URL to send the browser to, and the secret its binding cookie holds. */
  async start(): Promise<{ authorizationUrl: string; binding: string } | undefined> {
    const options = this.options;
    if (!options) return undefined;
    const client = openIdClient();
    const config = await this.config(options);
    const flow = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
    };
    const binding = newSecret();
    await this.store.startOidcFlow(binding, flow, this.clock.now(), OIDC_FLOW_TTL_MS);
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: options.redirectUrl.href,
      scope: options.scope,
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { authorizationUrl: url.href, binding };
  }

  /**
   * The provider's answer. `query` is the callback's own query string; the URL checked is the
   * registered redirect URL with it, never one built from the request's `Host`.
   */
  async finish(binding: string | undefined, query: string): Promise<OidcOutcome> {
    const options = this.options;
    if (!options || !binding) return { refused: 'failed' };
    const flow = await this.store.takeOidcFlow(binding, this.clock.now());
    if (!flow) return { refused: 'failed' };
    const client = openIdClient();
    const currentUrl = new URL(options.redirectUrl);
    currentUrl.search = query;
    let email: unknown;
    let verified: unknown;
    try {
      const config = await this.config(options);
      const tokens = await client.authorizationCodeGrant(config, currentUrl, {
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        pkceCodeVerifier: flow.codeVerifier,
        idTokenExpected: true,
      });
      const claims = tokens.claims()!;
      ({ email, email_verified: verified } = claims);
      // Many providers put the address in the ID token; those that keep to the letter of the
      // standard for the code flow give it from UserInfo only.
      if (email === undefined) {
        const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
        ({ email, email_verified: verified } = info);
      }
    } catch (error) {
      this.logger.warn(`OpenID Connect sign-in refused: ${whyRefused(error)}`);
      return { refused: 'failed' };
    }
    // Only an address the provider has verified speaks for its owner; `"true"` as a string is not `true`.
    if (typeof email !== 'string' || verified !== true) return { refused: 'not-known' };
    const held = await this.places.of(email);
    if (held.length === 0) return { refused: 'not-known' };
    if (held.length > 1) return { refused: 'several' };
    const link = await this.store.createLink(held[0].principal, this.clock.now(), this.signIn.linkTtlMs);
    return { link };
  }
}

/**
 * Issue 19, item 1: sign-in at a region's OpenID Connect provider, on the real stack. The
 * provider is oidc-provider in its own process (real discovery, signed ID tokens, PKCE, codes
 * that work once); the engine is the real app in its own process too, as `npm start` runs it,
 * because openid-client is an ES module that Node's `require` loads and jest's does not. The
 * council lives in PostgreSQL (own schema). The browser's part is played with fetch and a
 * cookie jar: the engine's flow cookie, the provider's login form, the redirects.
 */
import { CookieJar, OidcTestProvider } from './support/oidc-test-provider';
import {
  AppProcess,
  bearer,
  call,
  freePort,
  freshAppState,
  seedCouncilOverHttp,
} from './support/process-harness';
import { dropTestState, uniqueName } from './support/test-app';
import { eventually } from './support/eventually';

describe('sign-in at the region’s OpenID Connect provider (real provider, real app)', () => {
  const state = freshAppState('postgres', 'oidc');
  const councilId = uniqueName('c');
  let app: AppProcess;
  let provider: OidcTestProvider;
  let pages: string;

  beforeAll(async () => {
    const [appPort, providerPort] = [await freePort(), await freePort()];
    pages = `http://127.0.0.1:${appPort}`;
    const redirectUri = `${pages}/api/sign-in/oidc/callback`;
    provider = await OidcTestProvider.start({
      port: providerPort,
      clientId: 'council-engine',
      clientSecret: 'a-client-secret-for-the-test',
      redirectUri,
      accounts: {
        anna: { email: 'Anna@Example.org', email_verified: true },
        stranger: { email: 'stranger@example.org', email_verified: true },
        'anna-unverified': { email: 'anna@example.org', email_verified: false },
        'no-address': {},
      },
    });
    app = await AppProcess.start(
      {
        ...state,
        env: {
          RUN_WORKERS: 'false',
          PUBLIC_URL: pages,
          OIDC_ISSUER: provider.issuer,
          OIDC_CLIENT_ID: 'council-engine',
          OIDC_CLIENT_SECRET: 'a-client-secret-for-the-test',
          OIDC_REDIRECT_URL: redirectUri,
          OIDC_NAME: 'Region Test-login',
        },
      },
      { port: appPort },
    );
    await seedCouncilOverHttp(app.url, councilId, ['anna', 'bo']);
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
    await provider?.stop();
    await dropTestState({ schema: state.schema, redisPrefix: state.redisPrefix, dataDir: state.dataDir });
  });

  /** One browser: its cookies for the engine, and for the provider. */
  function browser() {
    const engine = new CookieJar();
    const idp = new CookieJar();
    const get = async (url: string) => {
      const response = await fetch(url, { redirect: 'manual', headers: { Cookie: engine.header() } });
      engine.take(response);
      return response;
    };
    return {
      engine,
      get,
      /** The button: on to the provider, with the flow's cookie set here. */
      async start(): Promise<string> {
        const response = await get(`${app.url}/api/sign-in/oidc`);
        expect(response.status).toBe(302);
        return response.headers.get('location')!;
      },
      async atProvider(authorizationUrl: string, login: string): Promise<string> {
        return provider.signInAt(authorizationUrl, login, idp);
      },
      /** The callback: where the engine sends the browser (the pages' `#/…`). */
      async back(callbackUrl: string): Promise<string> {
        const response = await get(callbackUrl);
        expect(response.status).toBe(302);
        expect(response.headers.getSetCookie().some((c) => c.startsWith('council_session='))).toBe(false);
        return response.headers.get('location')!;
      },
      /** The page follows `#/log-ind/<secret>` as it follows a mailed link. */
      async follow(location: string) {
        const secret = new RegExp(`^${pages}/#/log-ind/([A-Za-z0-9_-]+)$`).exec(location)?.[1];
        if (!secret) throw new Error(`not a sign-in link: ${location}`);
        const response = await fetch(`${app.url}/api/sign-in/complete`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ token: secret }),
        });
        engine.take(response);
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      },
    };
  }

  async function flowAs(login: string) {
    const b = browser();
    const callback = await b.atProvider(await b.start(), login);
    expect(callback.startsWith(`${pages}/api/sign-in/oidc/callback?`)).toBe(true);
    return { b, callback };
  }

  it('offers the provider on the sign-in page by its name', async () => {
    const methods = await call(`${app.url}/api/sign-in/methods`);
    expect(methods).toMatchObject({ status: 200, body: { oidc: { name: 'Region Test-login' } } });
  });

  it('signs a member in through the provider, with a session that acts as a member and ends at sign-out', async () => {
    const { b, callback } = await flowAs('anna');
    // PKCE, state and nonce went to the provider.
    const location = await b.back(callback);
    const signedIn = await b.follow(location);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ personId: 'anna', role: 'member', councilId });
    const cookie = `council_session=${b.engine.get('council_session')}`;

    const who = await call(`${app.url}/api/sign-in/session`, { headers: { Cookie: cookie } });
    expect(who.body).toEqual({ personId: 'anna', role: 'member', councilId });

    // A member's write: input to a hearing, riding on the session cookie from the pages' origin.
    const hearingId = uniqueName('h');
    const opened = await call(`${app.url}/api/councils/${councilId}/hearings`, {
      method: 'POST',
      headers: bearer({ personId: 'sofie', role: 'secretary', councilId }),
      body: {
        id: hearingId,
        title: 'Reviderede samarbejdsaftaler',
        issuingBody: 'Region Hovedstaden',
        responseDeadline: new Date(Date.now() + 14 * 86_400_000).toISOString(),
        inputDeadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      },
    });
    expect(opened.status).toBe(201);
    const asAnna = { Cookie: cookie, Origin: pages, 'Content-Type': 'application/json' };
    const input = await call(`${app.url}/api/councils/${councilId}/hearings/${hearingId}/inputs`, {
      method: 'POST',
      headers: asAnna,
      body: { text: 'Husk borgere med samtidig psykisk sygdom og misbrug' },
    });
    expect(input.status).toBe(200);
    // …and not a secretary's: the role is the record's member place.
    const appoint = await call(`${app.url}/api/councils/${councilId}/members`, {
      method: 'POST',
      headers: asAnna,
      body: { name: 'Ny', organisation: 'X', email: 'ny@example.org' },
    });
    expect(appoint.status).toBe(403);

    const out = await fetch(`${app.url}/api/sign-out`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: pages },
    });
    expect(out.status).toBe(204);
    const after = await call(`${app.url}/api/councils/${councilId}`, { headers: { Cookie: cookie } });
    expect(after.status).toBe(401);
  });

  it('answers an address the record does not hold, an unverified one and none alike, with no session', async () => {
    for (const login of ['stranger', 'anna-unverified', 'no-address']) {
      const { b, callback } = await flowAs(login);
      expect(await b.back(callback)).toBe(`${pages}/#/log-ind-afvist/not-known`);
    }
  });

  it('refuses a callback whose state is not the flow’s, and the flow is spent', async () => {
    const { b, callback } = await flowAs('anna');
    const forged = new URL(callback);
    forged.searchParams.set('state', 'not-the-state-we-sent');
    expect(await b.back(forged.href)).toBe(`${pages}/#/log-ind-afvist/failed`);
    // The right answer after a wrong one is void too: a flow is checked once.
    expect(await b.back(callback)).toBe(`${pages}/#/log-ind-afvist/failed`);
  });

  it('refuses a code used before, in the same browser and in a flow started afresh', async () => {
    const { b, callback } = await flowAs('anna');
    expect(await b.back(callback)).toMatch(new RegExp(`^${pages}/#/log-ind/`));
    // The same callback again: this browser's flow is spent.
    expect(await b.back(callback)).toBe(`${pages}/#/log-ind-afvist/failed`);
    // The used code carried into a flow this browser starts afresh, with that flow's state: the
    // provider refuses a code it has given out before.
    const fresh = new URL(await b.start());
    const replay = new URL(callback);
    replay.searchParams.set('state', fresh.searchParams.get('state')!);
    expect(await b.back(replay.href)).toBe(`${pages}/#/log-ind-afvist/failed`);
    // The child's log line reaches this process through a pipe, after the redirect it answered.
    await eventually(() => /OpenID Connect sign-in refused: [^"]*invalid_grant/.test(app.log()), {
      what: "the app's log of the provider refusing the replayed code (invalid_grant)",
    });
  });

  it('refuses a callback in a browser that did not start the flow (login forgery)', async () => {
    const { callback } = await flowAs('anna');
    const other = browser();
    expect(await other.back(callback)).toBe(`${pages}/#/log-ind-afvist/failed`);
  });
});

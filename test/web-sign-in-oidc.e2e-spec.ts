/**
 * Issue 19, item 1 in Chromium: "Log ind med <the region's provider>" on the sign-in page, the
 * provider's own login page, and back in the pages signed in, with the real provider
 * (oidc-provider in its own process) and the real app in its own process (openid-client is an ES
 * module, loaded by Node's `require` as in production, not by jest's). A person the record does
 * not know comes back to the sign-in page with the neutral answer. Axe runs on each page saved
 * (test/screenshots/sign-in-oidc-*.png).
 */
import { rmSync } from 'node:fs';
import { browserSuite, buildWebApp, launchBrowser, type Browser } from './support/browser';
import { OidcTestProvider } from './support/oidc-test-provider';
import { AppProcess, freePort, freshAppState, seedCouncilOverHttp } from './support/process-harness';
import { dropTestState, uniqueName } from './support/test-app';

const suite = browserSuite('web sign-in with OpenID Connect');

suite('sign-in at the region’s provider in Chromium', () => {
  const state = freshAppState('postgres', 'weboidc');
  let webDir: string;
  let app: AppProcess;
  let provider: OidcTestProvider;
  let browser: Browser;

  beforeAll(async () => {
    webDir = buildWebApp();
    const [appPort, providerPort] = [await freePort(), await freePort()];
    const pages = `http://127.0.0.1:${appPort}`;
    provider = await OidcTestProvider.start({
      port: providerPort,
      clientId: 'council-engine',
      clientSecret: 'a-client-secret-for-the-test',
      redirectUri: `${pages}/api/sign-in/oidc/callback`,
      accounts: {
        kira: { email: 'kira@example.org', email_verified: true },
        stranger: { email: 'stranger@example.org', email_verified: true },
      },
    });
    app = await AppProcess.start(
      {
        ...state,
        env: {
          RUN_WORKERS: 'false',
          WEB_DIR: webDir,
          PUBLIC_URL: pages,
          OIDC_ISSUER: provider.issuer,
          OIDC_CLIENT_ID: 'council-engine',
          OIDC_CLIENT_SECRET: 'a-client-secret-for-the-test',
          OIDC_NAME: 'Regionens login',
        },
      },
      { port: appPort },
    );
    await seedCouncilOverHttp(app.url, uniqueName('raad'), ['kira']);
    browser = await launchBrowser(pages);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await provider?.stop();
    await dropTestState({ schema: state.schema, redisPrefix: state.redisPrefix, dataDir: state.dataDir });
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  /** Another person at the machine: the provider's own session (single sign-on) would skip its login. */
  async function atProvider(login: string) {
    const page = browser.page;
    await browser.context.clearCookies();
    await page.goto('/');
    await page.getByRole('link', { name: 'Log ind med Regionens login' }).click();
    await page.getByLabel('Brugernavn').fill(login);
    await page.getByRole('button', { name: 'Fortsæt' }).click();
  }

  it('signs a member in with the button, and signing out ends the session', async () => {
    const page = browser.page;
    await page.goto('/');
    await page.getByRole('link', { name: 'Log ind med Regionens login' }).waitFor();
    await browser.screenshot('sign-in-oidc-page');
    await atProvider('kira');
    await page.getByTestId('who-am-i').getByText('kira').waitFor();
    // The one-time link the callback handed over is gone from the address bar.
    expect(page.url()).not.toContain('log-ind');
    await browser.screenshot('sign-in-oidc-signed-in');
    await page.reload();
    await page.getByTestId('who-am-i').getByText('kira').waitFor();
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.getByRole('link', { name: 'Log ind med Regionens login' }).waitFor();
  });

  it('sends someone the record does not know back to the sign-in page with the neutral answer', async () => {
    const page = browser.page;
    await atProvider('stranger');
    await page.getByRole('alert').getByText('Du blev ikke logget ind.', { exact: false }).waitFor();
    expect(page.url()).not.toContain('log-ind-afvist');
    await browser.screenshot('sign-in-oidc-not-known');
  });
});

/**
 * The real OpenID Connect provider of oidc-provider.mjs, as a child process for one suite, and a
 * person at its sign-in page: `signInAt(authorizationUrl, login)` walks the provider's redirects
 * and its login form with a cookie jar, as a browser does, and returns where the provider sends
 * the browser back (the engine's callback, with code, state and iss).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface OidcTestProviderOptions {
  port: number;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** login -> the claims the provider vouches for (`email`, `email_verified`). */
  accounts: Record<string, { email?: string; email_verified?: boolean }>;
}

/** The cookies one browser holds for one site (name -> value; the provider's paths do not matter here). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

export class OidcTestProvider {
  private output = '';

  private constructor(
    readonly issuer: string,
    private readonly child: ChildProcess,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  static async start(options: OidcTestProviderOptions, timeoutMs = 30_000): Promise<OidcTestProvider> {
    const child = spawn(process.execPath, [resolve(__dirname, 'oidc-provider.mjs')], {
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        PORT: String(options.port),
        CLIENT_ID: options.clientId,
        CLIENT_SECRET: options.clientSecret,
        REDIRECT_URI: options.redirectUri,
        ACCOUNTS: JSON.stringify(options.accounts),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const provider = new OidcTestProvider(`http://127.0.0.1:${options.port}`, child);
    const deadline = Date.now() + timeoutMs;
    while (!provider.output.includes('oidc provider listening on')) {
      if (child.exitCode !== null) throw new Error(`the OpenID provider exited:\n${provider.output}`);
      if (Date.now() > deadline) {
        await provider.stop();
        throw new Error(`the OpenID provider did not start:\n${provider.output}`);
      }
      await new Promise((done) => setTimeout(done, 50));
    }
    return provider;
  }

  log(): string {
    return this.output;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((done) => this.child.once('exit', done));
    this.child.kill('SIGTERM');
    await exited;
  }

  /**
   * Signs in at the provider as `login`, from the authorization URL the engine sent the browser
   * to; returns the URL the provider redirects back to (the engine's callback).
   */
  async signInAt(authorizationUrl: string, login: string, jar = new CookieJar()): Promise<string> {
    let url = authorizationUrl;
    let init: RequestInit = {};
    for (let hop = 0; hop < 10; hop++) {
      if (!url.startsWith(this.issuer)) return url;
      const response = await fetch(url, {
        ...init,
        redirect: 'manual',
        headers: { ...(init.headers as Record<string, string>), Cookie: jar.header() },
      });
      jar.take(response);
      init = {};
      const location = response.headers.get('location');
      if (location) {
        url = new URL(location, url).href;
        continue;
      }
      const html = await response.text();
      const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
      if (response.status !== 200 || !action)
        throw new Error(`the provider answered ${response.status}: ${html.slice(0, 500)}`);
      url = new URL(action, url).href;
      init = {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ login }).toString(),
      };
    }
    throw new Error(`the provider did not send the browser back to the engine (last at ${url})`);
  }
}

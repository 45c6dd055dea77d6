/**
 * The real app as a CHILD PROCESS, for faults an in-process app cannot show: SIGKILL, two
 * processes sharing a database, a restart on the same data. Started exactly as `apps/api/src/main.ts`
 * (with a cached TypeScript hook, see ts-cache-register.js), configured by environment.
 *
 *   const app = await AppProcess.start({ store: 'postgres', schema, redisPrefix, dataDir });
 *   await fetch(`${app.url}/health`);
 *   await app.kill();            // SIGKILL, waits for the exit
 *   const again = await AppProcess.start(app.options); // same schema/prefix/data dir
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TokenService } from '@app/access';
import { TEST_DATABASE_URL, TEST_REDIS_URL, uniqueName } from './test-app';

const ROOT = resolve(__dirname, '../..');
export const CHILD_AUTH_SECRET = 'faults-secret-not-for-production';

export interface AppProcessOptions {
  store: 'embedded' | 'postgres';
  schema: string;
  redisPrefix: string;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  /** Extra environment (e.g. RUN_WORKERS, DEADLINE_STALLED_MS). */
  env?: Record<string, string>;
  /** Node's own flags, which NODE_OPTIONS refuses (the bench's `--cpu-prof`). */
  nodeArgs?: string[];
}

/** Fresh names for one suite's state: schema, Redis prefix, data dir. */
export function freshAppState(store: 'embedded' | 'postgres', tag: string): AppProcessOptions {
  return {
    store,
    schema: uniqueName(tag),
    redisPrefix: uniqueName(tag),
    dataDir: mkdtempSync(join(tmpdir(), `council-${tag}-`)),
  };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export class AppProcess {
  private output = '';
  private readonly exited: Promise<number | null>;
  /** How the process ended: `signal` is set when a signal killed it rather than it exiting. */
  exit?: { code: number | null; signal: NodeJS.Signals | null };

  private constructor(
    readonly options: AppProcessOptions,
    readonly port: number,
    private readonly child: ChildProcess,
  ) {
    const collect = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    this.exited = new Promise((done) =>
      child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        done(code);
      }),
    );
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The last 20 kB of the child's stdout and stderr, for a failing test's message. */
  log(): string {
    return this.output;
  }

  /**
   * `entry: 'worker'` starts apps/worker (no HTTP; `url` then answers nothing). `port`: one chosen
   * beforehand, when the app's own URL must be known before it starts (a redirect URL).
   */
  static async start(
    options: AppProcessOptions,
    {
      timeoutMs = 90_000,
      entry = 'api',
      port: chosenPort,
    }: { timeoutMs?: number; entry?: 'api' | 'worker'; port?: number } = {},
  ): Promise<AppProcess> {
    const port = chosenPort ?? (await freePort());
    const child = spawnChild(options, `apps/${entry}/src/main.ts`, [], { PORT: String(port) });
    const app = new AppProcess(options, port, child);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!app.running) throw new Error(`app exited before listening:\n${app.log()}`);
      if (/listening on|worker running/.test(app.output)) return app;
      if (Date.now() > deadline) {
        await app.kill();
        throw new Error(`app did not listen within ${timeoutMs} ms:\n${app.log()}`);
      }
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  /** SIGKILL by default: no shutdown hook runs, as in a crash. Resolves when the process is gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (this.running) this.child.kill(signal);
    await this.exited;
  }

  /** SIGTERM (graceful shutdown), SIGKILL if it takes longer than `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}

/** Bearer tokens the child accepts. */
export const childTokens = new TokenService(CHILD_AUTH_SECRET);

export function bearer(claims: {
  personId: string;
  role: 'admin' | 'secretary' | 'chair' | 'member' | 'evaluator';
  councilId?: string;
}): Record<string, string> {
  return { Authorization: `Bearer ${childTokens.issue(claims)}`, 'Content-Type': 'application/json' };
}

export interface HttpAnswer {
  status: number;
  body: unknown;
  ms: number;
}

/** One request with a hard time limit, so a hanging server is a failed assertion, not a stuck test. */
export async function call(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown; timeoutMs?: number } = {},
): Promise<HttpAnswer> {
  const started = Date.now();
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: init.headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(init.timeoutMs ?? 15_000),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body, ms: Date.now() - started };
}

/** A council with a secretary and members, through the HTTP API as an admin and the secretary. */
export async function seedCouncilOverHttp(
  url: string,
  councilId: string,
  members: string[],
  secretary = 'sofie',
): Promise<void> {
  const admin = bearer({ personId: 'admin-1', role: 'admin' });
  const created = await call(`${url}/api/councils`, {
    method: 'POST',
    headers: admin,
    body: { id: councilId, name: `Råd ${councilId}` },
  });
  if (created.status !== 201) throw new Error(`council: ${created.status} ${JSON.stringify(created.body)}`);
  const sec = bearer({ personId: secretary, role: 'secretary', councilId });
  for (const [i, personId] of members.entries()) {
    const appointed = await call(`${url}/api/councils/${councilId}/members`, {
      method: 'POST',
      headers: sec,
      body: {
        personId,
        name: personId,
        organisation: `Organisation ${i + 1}`,
        email: `${personId}@example.org`,
      },
    });
    if (appointed.status !== 201) {
      throw new Error(`member ${personId}: ${appointed.status} ${JSON.stringify(appointed.body)}`);
    }
  }
}

/**
 * A child process of this repository's TypeScript entry `main`, through the cached ts-node hook,
 * on the state `options` name; `extra` (e.g. PORT) before the suite's own `options.env`.
 */
function spawnChild(
  options: AppProcessOptions,
  main: string,
  args: string[],
  extra: Record<string, string> = {},
) {
  return spawn(
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      '-r',
      './test/support/ts-cache-register.js',
      '-r',
      'tsconfig-paths/register',
      main,
      ...args,
    ],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
        // PGlite needs the VM modules flag.
        NODE_OPTIONS: '--experimental-vm-modules --no-warnings',
        EVENT_STORE: options.store,
        ...(options.store === 'postgres' && { DATABASE_URL: options.databaseUrl ?? TEST_DATABASE_URL }),
        DATABASE_SCHEMA: options.schema,
        REDIS_URL: options.redisUrl ?? TEST_REDIS_URL,
        REDIS_PREFIX: options.redisPrefix,
        DATA_DIR: options.dataDir,
        AUTH_SECRET: CHILD_AUTH_SECRET,
        LOG_LEVEL: 'warn',
        RATE_LIMIT_AUTH_FAILURES: '0',
        RATE_LIMIT_WRITES: '0',
        ...extra,
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

/** `npm run cli -- <args>` against the same state as an AppProcess; resolves with its output. */
export async function runCli(
  options: AppProcessOptions,
  args: string[],
  { timeoutMs = 60_000 } = {},
): Promise<{ code: number | null; output: string }> {
  const child = spawnChild(options, 'apps/cli/src/main.ts', args);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((done) => child.once('exit', (c) => done(c)));
  clearTimeout(timer);
  return { code, output };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { Redis } from 'ioredis';

export interface EnsureRedisOptions {
  url: string;
  /** The child keeps its files in `<dataDir>/redis`. */
  dataDir: string;
  log?: (line: string) => void;
  /** Where to look for `redis-server`; defaults to $PATH. */
  searchPath?: string;
  startTimeoutMs?: number;
}

export interface EnsuredRedis {
  /** True when we started a child; false when something already answered. */
  started: boolean;
  /** The watchdog that runs redis-server (stopping it stops the server). */
  pid?: number;
  /** Stops the child we started (no-op otherwise). */
  stop(): Promise<void>;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** True when something answers PING at the URL within a short time. */
export async function redisAnswers(url: string, timeoutMs = 500): Promise<boolean> {
  const probe = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
    // ioredis otherwise keeps a never-connected socket (and our process) around for 2 s.
    disconnectTimeout: 50,
  });
  // A refused connection is the expected "no" here, not an error worth printing.
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

function findBinary(name: string, searchPath: string): string | undefined {
  for (const dir of searchPath.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

function tail(file: string, lines = 5): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * `npm start` on a fresh machine must work with no setup (docs/architecture.md): if nothing answers at the
 * URL, the URL is on this machine, and a `redis-server` binary exists, run one as our child.
 * It binds loopback only, never daemonizes (so it cannot outlive us unnoticed) and is killed
 * when this process exits. Anything else is the operator's to provide, and we say how.
 */
export async function ensureRedis(options: EnsureRedisOptions): Promise<EnsuredRedis> {
  const log = options.log ?? (() => undefined);
  if (await redisAnswers(options.url)) return { started: false, stop: async () => undefined };

  const url = new URL(options.url);
  const where = `nothing answers at ${url.host}`;
  if (!LOOPBACK.has(url.hostname) || url.protocol !== 'redis:') {
    throw new Error(
      `Redis: ${where}, and it is not a plain redis:// URL on this machine, so none is started here.`,
    );
  }
  const binary = findBinary('redis-server', options.searchPath ?? process.env.PATH ?? '');
  if (!binary) {
    throw new Error(
      `Redis: ${where} and no redis-server is on the PATH. Install one (apt-get install redis-server), ` +
        `or run the project's (docker compose up -d redis), or point REDIS_URL at a running Redis.`,
    );
  }

  const dir = join(options.dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const logFile = join(dir, 'redis.log');
  const port = url.port || '6379';
  const args = [
    '--port',
    port,
    '--bind',
    url.hostname === 'localhost' ? '127.0.0.1' : url.hostname.replace(/^\[|\]$/g, ''),
  ];
  args.push('--dir', dir, '--daemonize', 'no', '--logfile', logFile, '--protected-mode', 'yes');
  if (url.password) args.push('--requirepass', decodeURIComponent(url.password));
  log(`Redis: ${where}; starting ${binary} on port ${port}, files in ${dir}`);

  // A small shell watchdog runs redis-server and stops it once we are gone, even when we die by
  // a signal that skips 'exit' handlers (SIGKILL, or SIGTERM without a handler). No pipes: the
  // output goes to the log file, so the child holds no handle on our event loop.
  const watchdog = [
    '"$0" "$@" & server=$!',
    "trap 'kill $server 2>/dev/null' TERM INT",
    `while kill -0 ${process.pid} 2>/dev/null && kill -0 $server 2>/dev/null; do sleep 0.2; done`,
    'kill $server 2>/dev/null',
    // Redis refuses a SIGTERM whose final save fails (its dir gone, disk full): give it ten
    // seconds, then make sure.
    'n=0; while kill -0 $server 2>/dev/null && [ $n -lt 50 ]; do sleep 0.2; n=$((n+1)); done',
    'kill -9 $server 2>/dev/null',
  ].join('\n');
  const child: ChildProcess = spawn('/bin/sh', ['-c', watchdog, binary, ...args], { stdio: 'ignore' });
  const killChild = () => child.kill('SIGTERM');
  process.once('exit', killChild);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => {
    gone = true;
    process.removeListener('exit', killChild);
  });

  const stop = async () => {
    if (gone) return;
    killChild();
    const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
    await exited;
    clearTimeout(timer);
  };

  const until = Date.now() + (options.startTimeoutMs ?? 10_000);
  while (!(await redisAnswers(options.url, 200))) {
    if (gone) throw new Error(`Redis: the redis-server child exited at start. Its log:\n${tail(logFile)}`);
    if (Date.now() > until) {
      await stop();
      throw new Error(`Redis: the redis-server child did not answer in time. Its log:\n${tail(logFile)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.unref();
  log(`Redis: child redis-server (pid ${child.pid}) answers at ${url.host}`);
  return { started: true, pid: child.pid, stop };
}

import { resolve } from 'node:path';

export type EventStoreKind = 'embedded' | 'postgres' | 'kurrentdb';

/**
 * Everything the process reads from its environment, in one place. Every value has a default
 * that works on a fresh machine (`npm ci && npm start`), so a first run needs no configuration.
 */
export interface AppConfig {
  eventStore: EventStoreKind;
  /** PostgreSQL for EVENT_STORE=postgres, and for read models when EVENT_STORE=kurrentdb. */
  databaseUrl?: string;
  /** Schema for events and read models in PostgreSQL (tests use one each). */
  databaseSchema: string;
  kurrentdbUrl?: string;
  redisUrl: string;
  /** Key prefix of BullMQ in Redis (tests use one each). */
  redisPrefix: string;
  dataDir: string;
  port: number;
  authSecret?: string;
  /** HISTORY_KEY: the key of the event hashes (issue 22); unset, DATA_DIR/history-key. */
  historyKey?: string;
  /** SEAL_INTERVAL_MINUTES: how often the server writes a seal to DATA_DIR/seals; 0 turns it off. */
  sealIntervalMinutes: number;
  smtpUrl?: string;
  /** Run BullMQ workers and the catch-up subscriptions in this process (false: API only). */
  runWorkers: boolean;
  /** Who holds DATA_DIR's lock for the embedded store: the server, or the CLI command (set by the CLI). */
  lockRole?: string;
  logLevel: string;
  /**
   * DEADLINE_LOCK_MS: BullMQ's job lock and stalled-job check interval; a reminder job whose
   * process died mid-run runs again after about three times this. Default: BullMQ's 30 s.
   */
  deadlineLockMs?: number;
  /** DEADLINE_CHECK_MS: how often Redis is checked for lost deadline jobs (also on every reconnect). */
  deadlineCheckMs: number;
  /** SHUTDOWN_GRACE_MS: on SIGTERM, how long in-flight work may take before the process exits anyway. */
  shutdownGraceMs: number;
  /** HTTP_MAX_IN_FLIGHT / HTTP_MAX_QUEUED / HTTP_QUEUE_WAIT_MS: see apps/api/src/http/overload.ts. */
  overload: { maxInFlight: number; maxQueued: number; queueWaitMs: number };
  /** RATE_LIMIT_*: see apps/api/src/http/rate-limits.ts; 0 turns a limit off. */
  rateLimits: { windowMs: number; authFailures: number; writes: number };
}

const KINDS: EventStoreKind[] = ['embedded', 'postgres', 'kurrentdb'];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const eventStore = (env.EVENT_STORE ?? 'embedded') as EventStoreKind;
  if (!KINDS.includes(eventStore)) {
    throw new Error(`EVENT_STORE must be one of ${KINDS.join(', ')}, got "${env.EVENT_STORE}"`);
  }
  if (eventStore === 'postgres' && !env.DATABASE_URL) {
    throw new Error(
      'EVENT_STORE=postgres needs DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/council',
    );
  }
  if (eventStore === 'kurrentdb' && !env.KURRENTDB_URL) {
    throw new Error('EVENT_STORE=kurrentdb needs KURRENTDB_URL, e.g. kurrentdb://127.0.0.1:2113?tls=false');
  }
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    eventStore,
    databaseUrl: env.DATABASE_URL || undefined,
    databaseSchema: env.DATABASE_SCHEMA || 'council',
    kurrentdbUrl: env.KURRENTDB_URL || undefined,
    redisUrl: env.REDIS_URL || 'redis://127.0.0.1:6379',
    redisPrefix: env.REDIS_PREFIX || 'council',
    dataDir: resolve(env.DATA_DIR || './data'),
    port,
    authSecret: env.AUTH_SECRET || undefined,
    historyKey: env.HISTORY_KEY || undefined,
    sealIntervalMinutes:
      env.SEAL_INTERVAL_MINUTES === '0'
        ? 0
        : (positiveInteger(env.SEAL_INTERVAL_MINUTES, 'SEAL_INTERVAL_MINUTES') ?? 24 * 60),
    smtpUrl: env.SMTP_URL || undefined,
    runWorkers: env.RUN_WORKERS !== 'false',
    logLevel: env.LOG_LEVEL || 'info',
    deadlineLockMs: positiveInteger(env.DEADLINE_LOCK_MS, 'DEADLINE_LOCK_MS'),
    deadlineCheckMs: positiveInteger(env.DEADLINE_CHECK_MS, 'DEADLINE_CHECK_MS') ?? 60_000,
    shutdownGraceMs: positiveInteger(env.SHUTDOWN_GRACE_MS, 'SHUTDOWN_GRACE_MS') ?? 10_000,
    overload: {
      maxInFlight: positiveInteger(env.HTTP_MAX_IN_FLIGHT, 'HTTP_MAX_IN_FLIGHT') ?? 32,
      maxQueued: countOf(env.HTTP_MAX_QUEUED, 'HTTP_MAX_QUEUED') ?? 64,
      queueWaitMs: positiveInteger(env.HTTP_QUEUE_WAIT_MS, 'HTTP_QUEUE_WAIT_MS') ?? 1_000,
    },
    rateLimits: {
      windowMs: positiveInteger(env.RATE_LIMIT_WINDOW_MS, 'RATE_LIMIT_WINDOW_MS') ?? 60_000,
      authFailures: countOf(env.RATE_LIMIT_AUTH_FAILURES, 'RATE_LIMIT_AUTH_FAILURES') ?? 30,
      writes: countOf(env.RATE_LIMIT_WRITES, 'RATE_LIMIT_WRITES') ?? 300,
    },
  };
}

/** A whole number, 0 included (0 turns the thing off). */
function countOf(value: string | undefined, name: string): number | undefined {
  if (!value) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0)
    throw new Error(`${name} must be a whole number (0 or more), got "${value}"`);
  return number;
}

function positiveInteger(value: string | undefined, name: string): number | undefined {
  if (!value) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0)
    throw new Error(`${name} must be a positive integer, got "${value}"`);
  return number;
}

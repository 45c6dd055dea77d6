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
  };
}

function positiveInteger(value: string | undefined, name: string): number | undefined {
  if (!value) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0)
    throw new Error(`${name} must be a positive integer, got "${value}"`);
  return number;
}

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventStore } from '../port/event-store.port';
import { PgSqlClient } from '../sql/pg-sql-client';
import { PgliteSqlClient } from '../sql/pglite-sql-client';
import type { SqlClient } from '../sql/sql-client';
import { SqlEventStore } from '../sql/sql-event-store';
import { lockDataDir } from './data-dir-lock';

export type EventStoreKind = 'embedded' | 'postgres' | 'kurrentdb';

export interface EventStoreConfig {
  kind: EventStoreKind;
  /** Embedded store and (for kurrentdb without a DATABASE_URL) the read models live under it; omitted: in memory. */
  dataDir?: string;
  databaseUrl?: string;
  kurrentdbUrl?: string;
  /** PostgreSQL schema for events and read models. Default `public`. */
  schema?: string;
  pollMs?: number;
  /** Who takes DATA_DIR's lock for the embedded store: `server` (default) or the CLI command. */
  lockRole?: string;
}

/** The store plus the SQL database read models live in, closed together. */
export interface EventStoreConnections {
  store: EventStore;
  readModels: SqlClient;
  /** Which store and schema, for the start-up line and /health; never a password. */
  label: string;
  close(): Promise<void>;
}

/** `postgres://user:secret@host:5432/db?x` -> `host:5432/db`: where it is, without credentials. */
export function databaseLabel(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return 'an unparsable DATABASE_URL';
  }
}

/** A description of the configured store for operators (start-up line, /health, seals). */
export function describeEventStore(config: EventStoreConfig): string {
  const schema = config.schema ?? 'public';
  switch (config.kind) {
    case 'embedded':
      return config.dataDir === undefined
        ? 'embedded (in memory)'
        : `embedded at ${join(config.dataDir, 'event-store')}`;
    case 'postgres':
      return `postgres ${databaseLabel(config.databaseUrl ?? '')} schema ${schema}`;
    case 'kurrentdb':
      return `kurrentdb ${databaseLabel(config.kurrentdbUrl ?? '')}, read models ${
        config.databaseUrl ? `postgres ${databaseLabel(config.databaseUrl)} schema ${schema}` : 'embedded'
      }`;
  }
}

/** The lock goes with the PGlite directory: taken before opening it, released after closing it. */
async function openLockedPglite(config: EventStoreConfig, name: string) {
  const release =
    config.dataDir === undefined ? () => undefined : lockDataDir(config.dataDir, config.lockRole ?? 'server');
  try {
    return { sql: await openPglite(config.dataDir, name), release };
  } catch (error) {
    release();
    throw error;
  }
}

/** `EVENT_STORE`, `DATA_DIR`, `DATABASE_URL`, `KURRENTDB_URL`, `DATABASE_SCHEMA`, with first-run defaults. */
export function eventStoreConfigFromEnv(env: NodeJS.ProcessEnv = process.env): EventStoreConfig {
  const kind = (env.EVENT_STORE ?? 'embedded') as EventStoreKind;
  if (!['embedded', 'postgres', 'kurrentdb'].includes(kind)) {
    throw new Error(
      `EVENT_STORE must be embedded, postgres or kurrentdb, not ${JSON.stringify(env.EVENT_STORE)}`,
    );
  }
  return {
    kind,
    dataDir: env.DATA_DIR ?? './data',
    databaseUrl: env.DATABASE_URL || undefined,
    kurrentdbUrl: env.KURRENTDB_URL || undefined,
    schema: env.DATABASE_SCHEMA || undefined,
  };
}

async function openPglite(dataDir: string | undefined, name: string): Promise<PgliteSqlClient> {
  if (dataDir === undefined) return PgliteSqlClient.open();
  const dir = join(dataDir, name);
  mkdirSync(dir, { recursive: true });
  return PgliteSqlClient.open(dir);
}

function sqlStoreConnections(
  sql: SqlClient,
  store: EventStore,
  label: string,
  release: () => void = () => undefined,
): EventStoreConnections {
  return {
    store,
    readModels: sql,
    label,
    close: async () => {
      try {
        await store.close(); // the store does not own `sql` here: the read models share it
        await sql.close();
      } finally {
        release();
      }
    },
  };
}

export async function createEventStore(config: EventStoreConfig): Promise<EventStoreConnections> {
  const schema = config.schema ?? 'public';
  switch (config.kind) {
    case 'embedded': {
      const { sql, release } = await openLockedPglite(config, 'event-store');
      try {
        // The data directory is locked to this process, and this store is its only writer.
        const store = await SqlEventStore.create(sql, {
          pollMs: config.pollMs,
          ownsClient: false,
          soleWriter: true,
        });
        return sqlStoreConnections(sql, store, describeEventStore(config), release);
      } catch (error) {
        await sql.close();
        release();
        throw error;
      }
    }
    case 'postgres': {
      if (!config.databaseUrl) throw new Error('EVENT_STORE=postgres needs DATABASE_URL');
      const sql = await PgSqlClient.connect({ connectionString: config.databaseUrl, schema, max: 20 });
      const store = await SqlEventStore.create(sql, {
        pollMs: config.pollMs,
        channel: `events_${schema}`,
        ownsClient: false,
      });
      return sqlStoreConnections(sql, store, describeEventStore(config));
    }
    case 'kurrentdb': {
      if (!config.kurrentdbUrl) throw new Error('EVENT_STORE=kurrentdb needs KURRENTDB_URL');
      // Loaded only when chosen, so the other stores never pay for the gRPC client.
      const { KurrentDbEventStore } = await import('../kurrentdb/kurrentdb-event-store');
      const store = KurrentDbEventStore.connect(config.kurrentdbUrl);
      const { sql: readModels, release } = config.databaseUrl
        ? {
            sql: await PgSqlClient.connect({ connectionString: config.databaseUrl, schema }),
            release: () => undefined,
          }
        : await openLockedPglite(config, 'read-models');
      return {
        store,
        readModels,
        label: describeEventStore(config),
        close: async () => {
          try {
            await store.close();
            await readModels.close();
          } finally {
            release();
          }
        },
      };
    }
  }
}

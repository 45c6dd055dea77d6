import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventStore } from '../port/event-store.port';
import { PgSqlClient } from '../sql/pg-sql-client';
import { PgliteSqlClient } from '../sql/pglite-sql-client';
import type { SqlClient } from '../sql/sql-client';
import { SqlEventStore } from '../sql/sql-event-store';

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
}

/** The store plus the SQL database read models live in, closed together. */
export interface EventStoreConnections {
  store: EventStore;
  readModels: SqlClient;
  close(): Promise<void>;
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

function sqlStoreConnections(sql: SqlClient, store: EventStore): EventStoreConnections {
  return {
    store,
    readModels: sql,
    close: async () => {
      await store.close(); // the store does not own `sql` here: the read models share it
      await sql.close();
    },
  };
}

export async function createEventStore(config: EventStoreConfig): Promise<EventStoreConnections> {
  const schema = config.schema ?? 'public';
  switch (config.kind) {
    case 'embedded': {
      const sql = await openPglite(config.dataDir, 'event-store');
      const store = await SqlEventStore.create(sql, { pollMs: config.pollMs, ownsClient: false });
      return sqlStoreConnections(sql, store);
    }
    case 'postgres': {
      if (!config.databaseUrl) throw new Error('EVENT_STORE=postgres needs DATABASE_URL');
      const sql = await PgSqlClient.connect({ connectionString: config.databaseUrl, schema, max: 20 });
      const store = await SqlEventStore.create(sql, {
        pollMs: config.pollMs,
        channel: `events_${schema}`,
        ownsClient: false,
      });
      return sqlStoreConnections(sql, store);
    }
    case 'kurrentdb': {
      if (!config.kurrentdbUrl) throw new Error('EVENT_STORE=kurrentdb needs KURRENTDB_URL');
      // Loaded only when chosen, so the other stores never pay for the gRPC client.
      const { KurrentDbEventStore } = await import('../kurrentdb/kurrentdb-event-store');
      const store = KurrentDbEventStore.connect(config.kurrentdbUrl);
      const readModels = config.databaseUrl
        ? await PgSqlClient.connect({ connectionString: config.databaseUrl, schema })
        : await openPglite(config.dataDir, 'read-models');
      return {
        store,
        readModels,
        close: async () => {
          await store.close();
          await readModels.close();
        },
      };
    }
  }
}

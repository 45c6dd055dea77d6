import { randomUUID } from 'node:crypto';
import { chainEvents, HistoryKeyring, type EventStore, type EventToAppend } from '@app/event-store';
import { PgliteSqlClient } from '@app/event-store/sql/pglite-sql-client';
import { assertPgliteCanLoad } from '@app/event-store/testing/pglite-under-jest';
import { PgSqlClient } from '@app/event-store/sql/pg-sql-client';
import type { SqlClient } from '@app/event-store/sql/sql-client';
import { SqlEventStore } from '@app/event-store/sql/sql-event-store';
import { dropSchema, TEST_DATABASE_URL, testSchemaName } from '@app/event-store/testing/postgres-test-schema';
import type { Actor } from '@app/kernel';

/** A store in a database of its own, and SQL on it (for tampering with rows in tests). */
export interface TestStore {
  schema: string;
  sql: SqlClient;
  store: SqlEventStore;
  close(): Promise<void>;
}

/** The history key the fixtures hash with, as the CommandExecutor would with the server's key. */
export const TEST_HISTORY_KEYS = HistoryKeyring.fromSecrets(['history-test-key-1']);

/** A PostgreSQL schema of the suite's own with the real SQL event store in it. */
export async function openTestStore(prefix: string): Promise<TestStore & { sql: PgSqlClient }> {
  const schema = testSchemaName(prefix);
  const sql = await PgSqlClient.connect({ connectionString: TEST_DATABASE_URL, schema, max: 4 });
  const store = await SqlEventStore.create(sql, { ownsClient: false, channel: `events_${schema}` });
  return {
    schema,
    sql,
    store,
    async close() {
      await store.close();
      await sql.close();
      await dropSchema(schema);
    },
  };
}

/** The same on the embedded store (PGlite in memory): `sql` runs on the events table alike. */
export async function openPgliteTestStore(): Promise<TestStore> {
  assertPgliteCanLoad();
  const sql = await PgliteSqlClient.open();
  const store = await SqlEventStore.create(sql, { ownsClient: false });
  return {
    schema: 'public',
    sql,
    store,
    async close() {
      await store.close();
      await sql.close();
    },
  };
}

export interface Recorded {
  type: string;
  data: unknown;
  actor?: Actor;
  recordedAt: string;
  occurredAt?: string;
}

/**
 * Appends events as the CommandExecutor would stamp them (metadata, keyed hash chain);
 * `keys: null` writes the legacy unkeyed chain of a log from before the history key.
 */
export async function record(
  store: EventStore,
  streamId: string,
  councilId: string,
  events: Recorded[],
  keys: HistoryKeyring | null = TEST_HISTORY_KEYS,
): Promise<void> {
  const existing = await store.readStream(streamId);
  const unchained: EventToAppend[] = events.map((e) => {
    const metadata = {
      actor: e.actor ?? { personId: 'sec-1', role: 'secretary' as const },
      councilId,
      correlationId: 'corr',
      causationId: 'cause',
      recordedAt: e.recordedAt,
      ...(e.occurredAt !== undefined && { occurredAt: e.occurredAt }),
    };
    return { id: randomUUID(), type: e.type, data: e.data, metadata };
  });
  await store.append(
    streamId,
    chainEvents(streamId, existing, unchained, keys?.current),
    existing.length - 1 === -1 ? 'no_stream' : existing.length - 1,
  );
}

import { randomUUID } from 'node:crypto';
import { chainEvents, type EventStore, type EventToAppend } from '@app/event-store';
import { PgSqlClient } from '@app/event-store/sql/pg-sql-client';
import { SqlEventStore } from '@app/event-store/sql/sql-event-store';
import { dropSchema, TEST_DATABASE_URL, testSchemaName } from '@app/event-store/testing/postgres-test-schema';
import type { Actor } from '@app/kernel';

/** A PostgreSQL schema of the suite's own with the real SQL event store in it. */
export async function openTestStore(prefix: string) {
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

export interface Recorded {
  type: string;
  data: unknown;
  actor?: Actor;
  recordedAt: string;
  occurredAt?: string;
}

/** Appends events as the CommandExecutor would stamp them (metadata, hash chain). */
export async function record(
  store: EventStore,
  streamId: string,
  councilId: string,
  events: Recorded[],
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
    chainEvents(streamId, existing, unchained),
    existing.length - 1 === -1 ? 'no_stream' : existing.length - 1,
  );
}

/**
 * A peer on the same database: Emmett's PostgreSQL event store (`@event-driven-io/emmett-postgresql`,
 * a devDependency for this benchmark only), in a schema of its own. The event-store suite runs it
 * in the same interleaved rounds as our store and the raw-SQL ceiling (event-store.bench.ts).
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { dumbo } from '@event-driven-io/dumbo';
import { getPostgreSQLEventStore, readMessagesBatch } from '@event-driven-io/emmett-postgresql';
import { BENCH_DATABASE_URL } from './bench-common';

/** The same payload as our events: about the size of a hearing input with its metadata. */
export function emmettEvent(i: number) {
  return {
    type: 'InputGiven',
    data: {
      hearingId: 'hearing-42',
      memberId: `member-${i % 12}`,
      text: 'The council supports the proposal but asks that outreach workers are involved from the start.',
      channel: 'meeting',
    },
    metadata: {
      actor: { personId: `member-${i % 12}`, role: 'member' as const },
      councilId: 'council-1',
      correlationId: randomUUID(),
      causationId: randomUUID(),
      recordedAt: new Date().toISOString(),
    },
  };
}

export interface EmmettSide {
  append(streamId: string, events: ReturnType<typeof emmettEvent>[]): Promise<unknown>;
  /** Pages the whole global log by its global position, as Emmett's consumers do; events read. */
  readLog(page: number): Promise<number>;
  close(): Promise<void>;
}

export async function openEmmett(schema: string): Promise<EmmettSide> {
  const admin = new Client({ connectionString: BENCH_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await admin.end();
  // Emmett names its tables without a schema: the connection's search_path puts them in ours.
  const url = new URL(BENCH_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const connectionString = url.toString();
  const store = getPostgreSQLEventStore(connectionString);
  const pool = dumbo({ connectionString });
  await store.schema.migrate();
  return {
    append: (streamId, events) => store.appendToStream(streamId, events),
    async readLog(page) {
      let read = 0;
      for (let after = 0n; ;) {
        const batch = await readMessagesBatch(pool.execute, { after, batchSize: page });
        if (batch.messages.length === 0) break;
        read += batch.messages.length;
        after = batch.messages[batch.messages.length - 1].metadata.globalPosition;
        if (!batch.areMessagesLeft) break;
      }
      return read;
    },
    async close() {
      await pool.close();
      await store.close();
    },
  };
}

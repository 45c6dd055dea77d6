import { randomUUID } from 'node:crypto';
import { assertPgliteCanLoad } from '../testing/pglite-under-jest';
import { dropSchema, TEST_DATABASE_URL, testSchemaName } from '../testing/postgres-test-schema';
import { testEvents, uniqueStream } from '../testing/test-events';
import { PgliteSqlClient } from './pglite-sql-client';
import { PgSqlClient } from './pg-sql-client';
import type { SqlClient } from './sql-client';
import { SqlEventStore } from './sql-event-store';

/** The events table as the version before transaction ids created it, kept verbatim. */
const DDL_BEFORE_TX_ID = `
CREATE TABLE IF NOT EXISTS events (
  position    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  stream_id   text        NOT NULL,
  revision    bigint      NOT NULL,
  event_id    text        NOT NULL UNIQUE,
  type        text        NOT NULL,
  data        jsonb       NOT NULL,
  metadata    jsonb       NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (stream_id, revision)
)`;

/** A log as that version wrote it: three streams of four events. */
async function writeOldLog(sql: SqlClient): Promise<string[]> {
  await sql.query(DDL_BEFORE_TX_ID);
  const streams = [uniqueStream(), uniqueStream(), uniqueStream()];
  for (let revision = 0; revision < 4; revision++) {
    for (const stream of streams) {
      await sql.query(
        `INSERT INTO events (stream_id, revision, event_id, type, data, metadata)
         VALUES ($1, $2, $3, 'SomethingHappened', $4::jsonb, $5::jsonb)`,
        [stream, revision, randomUUID(), JSON.stringify({ revision }), JSON.stringify({ recordedAt: null })],
      );
    }
  }
  return streams;
}

async function expectOldLogLoads(sql: SqlClient, streams: string[]): Promise<void> {
  const store = await SqlEventStore.create(sql, { ownsClient: false });
  try {
    const old = await store.readAll({ maxCount: 100 });
    expect(old.map((e) => e.position)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect((await store.readStream(streams[1])).map((e) => e.revision)).toEqual([0, 1, 2, 3]);

    // The old streams go on where they stopped, and new events follow the old in the log.
    expect((await store.append(streams[1], testEvents(2), 3)).nextRevision).toBe(5);
    const fresh = uniqueStream();
    await store.append(fresh, testEvents(1), 'no_stream');
    const all = await store.readAll({ maxCount: 100 });
    expect(all).toHaveLength(15);
    expect(all.slice(0, 12)).toEqual(old);
    expect(all.slice(12).map((e) => e.streamId)).toEqual([streams[1], streams[1], fresh]);

    // A subscriber from the start gets the whole log: the old rows read as settled.
    const seen: number[] = [];
    const sub = store.subscribe({
      handle: async (events) => void seen.push(...events.map((e) => e.position)),
    });
    await sub.caughtUp;
    await sub.stop();
    expect(seen).toEqual(all.map((e) => e.position));

    // Opening it again finds the column in place and changes nothing.
    const again = await SqlEventStore.create(sql, { ownsClient: false });
    expect(await again.readAll({ maxCount: 100 })).toEqual(all);
    await again.close();
  } finally {
    await store.close();
  }
}

describe('events written before transaction ids', () => {
  it('load on PostgreSQL: the migration adds tx_id and old rows read as settled', async () => {
    const schema = testSchemaName('es_migrate');
    const sql = await PgSqlClient.connect({ connectionString: TEST_DATABASE_URL, schema });
    try {
      await expectOldLogLoads(sql, await writeOldLog(sql));
    } finally {
      await sql.close();
      await dropSchema(schema);
    }
  });

  it('load on the embedded store', async () => {
    assertPgliteCanLoad();
    const sql = await PgliteSqlClient.open();
    try {
      await expectOldLogLoads(sql, await writeOldLog(sql));
    } finally {
      await sql.close();
    }
  }, 60_000);
});

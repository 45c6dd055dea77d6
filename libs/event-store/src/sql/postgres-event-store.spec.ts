import { UnavailableError } from '@app/kernel';
import { Client } from 'pg';
import { describeEventStoreContract } from '../testing/event-store.contract';
import { dropSchema, TEST_DATABASE_URL, testSchemaName } from '../testing/postgres-test-schema';
import { testEvent, uniqueStream } from '../testing/test-events';
import { PgSqlClient } from './pg-sql-client';
import { SqlEventStore } from './sql-event-store';

const schema = testSchemaName('es_contract');

describeEventStoreContract(
  'PostgreSQL',
  async () => {
    // One connection per concurrent writer, plus the subscriber's.
    const sql = await PgSqlClient.connect({ connectionString: TEST_DATABASE_URL, schema, max: 24 });
    return SqlEventStore.create(sql, { channel: `events_${schema}` });
  },
  async (store) => {
    await store.close();
    await dropSchema(schema);
  },
  { concurrentWriters: true },
);

describe('PostgreSQL event store', () => {
  it('sees appends made by another process (another store on the same schema) through NOTIFY', async () => {
    const own = testSchemaName('es_notify');
    const open = async () =>
      SqlEventStore.create(await PgSqlClient.connect({ connectionString: TEST_DATABASE_URL, schema: own }), {
        channel: `events_${own}`,
        pollMs: 60_000, // so only NOTIFY can wake the subscriber in time
      });
    const reader = await open();
    const writer = await open();
    try {
      const seen: string[] = [];
      const sub = reader.subscribe({ handle: async (events) => void seen.push(...events.map((e) => e.id)) });
      await sub.caughtUp;
      await new Promise((r) => setTimeout(r, 100)); // LISTEN is set up asynchronously
      const event = testEvent();
      await writer.append(uniqueStream(), [event], 'no_stream');
      const deadline = Date.now() + 5000;
      while (!seen.includes(event.id) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      await sub.stop();
      expect(seen).toEqual([event.id]);
    } finally {
      await reader.close();
      await writer.close();
      await dropSchema(own);
    }
  });

  it('holds back events behind a transaction still running elsewhere, and delivers them soon after it ends, without another append', async () => {
    const own = testSchemaName('es_horizon');
    const store = await SqlEventStore.create(
      await PgSqlClient.connect({ connectionString: TEST_DATABASE_URL, schema: own }),
      { channel: `events_${own}`, pollMs: 60_000 }, // so only the store's own re-look can deliver in time
    );
    const elsewhere = new Client({ connectionString: TEST_DATABASE_URL });
    await elsewhere.connect();
    try {
      const seen: string[] = [];
      const sub = store.subscribe({ handle: async (events) => void seen.push(...events.map((e) => e.id)) });
      await sub.caughtUp;
      // A write transaction in another session (any database of the cluster would do) that
      // started before the append and is still open.
      await elsewhere.query('BEGIN');
      await elsewhere.query('SELECT pg_current_xact_id()');
      const event = testEvent();
      await store.append(uniqueStream(), [event], 'no_stream');

      // readAll waits for the events committed before it was called; the subscriber is held back.
      let read: string[] | undefined;
      const reading = store.readAll({ after: -1, maxCount: 10 }).then((events) => {
        read = events.map((e) => e.id);
      });
      await new Promise((r) => setTimeout(r, 300));
      expect(await store.readSettled({ after: -1, maxCount: 10 })).toMatchObject({
        events: [],
        heldBack: true,
      });
      expect(read).toBeUndefined();
      expect(seen).toEqual([]);

      await elsewhere.query('COMMIT');
      const deadline = Date.now() + 3000;
      while (!seen.includes(event.id) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      await sub.stop();
      expect(seen).toEqual([event.id]);
      await reading;
      expect(read).toEqual([event.id]);
    } finally {
      await elsewhere.end();
      await store.close();
      await dropSchema(own);
    }
  });

  it('reports an unreachable server as UnavailableError', async () => {
    const connecting = PgSqlClient.connect({
      connectionString: 'postgres://postgres@127.0.0.1:1/test',
      schema: 'nowhere',
      connectionTimeoutMillis: 2000,
    });
    await expect(connecting).rejects.toBeInstanceOf(UnavailableError);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertPgliteCanLoad } from '../testing/pglite-under-jest';
import { describeEventStoreContract } from '../testing/event-store.contract';
import { ConcurrencyError } from '@app/kernel';
import { testEvent, testEvents, uniqueStream } from '../testing/test-events';
import { PgliteSqlClient } from './pglite-sql-client';
import { SqlClient } from './sql-client';
import { SqlEventStore } from './sql-event-store';

describeEventStoreContract(
  'PGlite (in memory)',
  async () => {
    assertPgliteCanLoad();
    return SqlEventStore.create(await PgliteSqlClient.open());
  },
  (store) => store.close(),
  { concurrentWriters: true },
);

describe('PGlite event store on disk', () => {
  it('keeps its events when the directory is closed and opened again', async () => {
    assertPgliteCanLoad();
    const dir = mkdtempSync(join(tmpdir(), 'pglite-es-'));
    try {
      const stream = uniqueStream();
      const first = await SqlEventStore.create(await PgliteSqlClient.open(dir));
      const { position } = await first.append(stream, testEvents(3), 'no_stream');
      await first.close();

      const second = await SqlEventStore.create(await PgliteSqlClient.open(dir));
      const events = await second.readStream(stream);
      expect(events.map((e) => e.revision)).toEqual([0, 1, 2]);
      expect(events[2].position).toBe(position);
      expect((await second.append(stream, testEvents(1), 2)).nextRevision).toBe(3);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Two on-disk starts of PGlite (each boots PostgreSQL in WebAssembly): about 10 s, over 30 s
    // when the machine is shared with other suites.
  }, 90_000);
});

describe('PGlite event store lifecycle', () => {
  it('close() stops the subscriptions still running', async () => {
    assertPgliteCanLoad();
    const store = await SqlEventStore.create(await PgliteSqlClient.open(), { pollMs: 20 });
    const errors: unknown[] = [];
    const sub = store.subscribe({ handle: async () => undefined, onError: (e) => errors.push(e) });
    await sub.caughtUp;
    await store.close();
    await new Promise((r) => setTimeout(r, 100));
    expect(errors).toEqual([]);
    await sub.stop(); // harmless after close
    // One PGlite start: a few seconds alone, over 30 s on a machine shared with other suites.
  }, 120_000);
});

/** PGlite, counting the transactions the store opens. */
class CountingClient extends SqlClient {
  override readonly serialisesTransactions = true;
  transactions = 0;
  constructor(private readonly inner: PgliteSqlClient) {
    super();
  }
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }> {
    return this.inner.query<T>(sql, params);
  }
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    this.transactions++;
    return this.inner.transaction(fn);
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

describe('PGlite group commit', () => {
  let sql: CountingClient;
  let store: SqlEventStore;
  beforeAll(async () => {
    assertPgliteCanLoad();
    sql = new CountingClient(await PgliteSqlClient.open());
    store = await SqlEventStore.create(sql);
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });

  it('runs appends that queue up behind each other in one transaction', async () => {
    sql.transactions = 0;
    const streams = Array.from({ length: 20 }, () => uniqueStream());
    const results = await Promise.all(streams.map((s) => store.append(s, testEvents(2), 'no_stream')));
    expect(new Set(results.map((r) => r.position)).size).toBe(20);
    // The first runs alone; the 19 that waited behind it share one transaction.
    expect(sql.transactions).toBe(1);
    for (const [i, stream] of streams.entries()) {
      expect((await store.readStream(stream)).map((e) => e.position)).toEqual([
        results[i].position - 1,
        results[i].position,
      ]);
    }
  });

  it('fails only the append that was refused, and only the one that broke the transaction', async () => {
    const taken = uniqueStream();
    await store.append(taken, testEvents(1), 'no_stream');
    const broken = testEvent();
    broken.metadata = { ...broken.metadata, recordedAt: 'not a time' };
    const streams = Array.from({ length: 6 }, () => uniqueStream());
    const outcomes = await Promise.allSettled([
      store.append(streams[0], testEvents(1), 'no_stream'),
      store.append(streams[1], testEvents(1), 'no_stream'),
      store.append(taken, testEvents(1), 'no_stream'),
      store.append(streams[2], testEvents(1), 'no_stream'),
      store.append(streams[3], [broken], 'no_stream'),
      store.append(streams[4], testEvents(1), 'no_stream'),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect((outcomes[2] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    for (const i of [0, 1, 2, 4]) expect(await store.readStream(streams[i])).toHaveLength(1);
    expect(await store.readStream(streams[3])).toEqual([]);
    expect(await store.readStream(taken)).toHaveLength(1);
  });
});

describe('PGlite appends on a grown log', () => {
  it('look streams and ids up by index, though PGlite never re-plans the plans cached while the table was empty', async () => {
    assertPgliteCanLoad();
    const sql = await PgliteSqlClient.open();
    const store = await SqlEventStore.create(sql, { ownsClient: false });
    try {
      const stream = uniqueStream();
      // Enough calls for the function's plans to settle on generic ones, on an empty table.
      for (let i = 0; i < 10; i++) await store.append(stream, testEvents(1), 'any');
      await sql.query(
        `INSERT INTO events (stream_id, revision, event_id, type, data, metadata)
         SELECT 'fill-' || (i / 1000), i % 1000, 'fill-' || i, 'T', '{}', '{}' FROM generate_series(0, 19999) i`,
      );
      const seqScans = async () => {
        await sql.query('SELECT pg_stat_force_next_flush()');
        const { rows } = await sql.query<{ n: string | number }>(
          "SELECT seq_scan AS n FROM pg_stat_user_tables WHERE relname = 'events'",
        );
        return Number(rows[0].n);
      };
      const before = await seqScans();
      for (let i = 0; i < 5; i++) await store.append(stream, testEvents(1), 'any');
      expect(await seqScans()).toBe(before);
    } finally {
      await store.close();
      await sql.close();
    }
  }, 60_000);
});

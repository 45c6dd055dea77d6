/**
 * Event-store throughput per adapter: single-event appends (with p50/p99 latency), batches of
 * 100, appends from 16 concurrent writers (what the global append lock costs), and the rate of
 * reading the global log over at least 100,000 events. Alone:
 * `npx tsx --tsconfig tsconfig.json bench/event-store.bench.ts`.
 * Sizes: BENCH_SINGLE_APPENDS (default 5000), BENCH_LOG_EVENTS (default 100000).
 *
 * The `kurrentdb-double` rows run the KurrentDB adapter and the official client against the
 * in-memory KurrentDB protocol double on loopback: a figure of the adapter's and the client's
 * overhead (serialisation, gRPC, the native read path), not of KurrentDB, whose disk, index and
 * replication they leave out. A real server's figures come from running this against one.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  PgliteSqlClient,
  PgSqlClient,
  SqlEventStore,
  type EventStore,
  type EventToAppend,
} from '@app/event-store';
import { KurrentDbEventStore } from '@app/event-store/kurrentdb/kurrentdb-event-store';
import { KurrentDbDouble } from '@app/event-store/testing/kurrentdb-double/kurrentdb-double';
import { BENCH_DATABASE_URL, type BenchRow, percentile } from './bench-common';

const SINGLE_APPENDS = Number(process.env.BENCH_SINGLE_APPENDS ?? 5000);
const LOG_EVENTS = Math.max(100_000, Number(process.env.BENCH_LOG_EVENTS ?? 100_000));

/** About the size of a real event: a hearing input with its metadata. */
function event(i: number): EventToAppend {
  return {
    id: randomUUID(),
    type: 'InputGiven',
    data: {
      hearingId: 'hearing-42',
      memberId: `member-${i % 12}`,
      text: 'The council supports the proposal but asks that outreach workers are involved from the start.',
      channel: 'meeting',
    },
    metadata: {
      actor: { personId: `member-${i % 12}`, role: 'member' },
      councilId: 'council-1',
      correlationId: randomUUID(),
      causationId: randomUUID(),
      recordedAt: new Date().toISOString(),
    },
  };
}

async function benchAdapter(adapter: string, store: EventStore): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const row = (metric: string, value: number, unit: string) =>
    rows.push({ suite: 'event-store', adapter, metric, value, unit });

  // Warm-up: JIT, connections, plan caches.
  for (let i = 0; i < 200; i++) await store.append(`warmup-${i % 10}`, [event(i)], 'any');

  const latencies: number[] = [];
  let started = performance.now();
  for (let i = 0; i < SINGLE_APPENDS; i++) {
    const t = performance.now();
    await store.append(`single-${i % 100}`, [event(i)], 'any');
    latencies.push(performance.now() - t);
  }
  let seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  row(`single-event appends (${SINGLE_APPENDS})`, SINGLE_APPENDS / seconds, 'appends/s');
  row('single-event append latency p50', percentile(latencies, 50), 'ms');
  row('single-event append latency p99', percentile(latencies, 99), 'ms');

  const batches = 100;
  started = performance.now();
  for (let b = 0; b < batches; b++) {
    await store.append(
      `batch-${b}`,
      Array.from({ length: 100 }, (_, i) => event(i)),
      'no_stream',
    );
  }
  seconds = (performance.now() - started) / 1000;
  row('batches of 100', batches / seconds, 'appends/s');
  row('batches of 100', (batches * 100) / seconds, 'events/s');

  const writers = 16;
  const perWriter = Math.max(50, Math.floor(SINGLE_APPENDS / 5 / writers));
  started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = 0; i < perWriter; i++) await store.append(`writer-${w}`, [event(i)], 'any');
    }),
  );
  seconds = (performance.now() - started) / 1000;
  row(`single-event appends, ${writers} concurrent writers`, (writers * perWriter) / seconds, 'appends/s');

  // Fill the log to LOG_EVENTS with large batches, then read it all in pages of 1000.
  let total = 200 + SINGLE_APPENDS + batches * 100 + writers * perWriter;
  for (let s = 0; total < LOG_EVENTS; s++) {
    const size = Math.min(1000, LOG_EVENTS - total);
    await store.append(
      `fill-${s}`,
      Array.from({ length: size }, (_, i) => event(i)),
      'no_stream',
    );
    total += size;
  }
  started = performance.now();
  let read = 0;
  for (let after = -1; ;) {
    const page = await store.readAll({ after, maxCount: 1000 });
    if (page.length === 0) break;
    read += page.length;
    after = page[page.length - 1].position;
  }
  seconds = (performance.now() - started) / 1000;
  row(`global-log read (${read.toLocaleString('en-US')} events, pages of 1000)`, read / seconds, 'events/s');
  return rows;
}

async function benchPglite(): Promise<BenchRow[]> {
  // On disk, as `npm start` runs it (PGlite does not fsync, so this is close to in-memory).
  const dir = mkdtempSync(join(tmpdir(), 'bench-pglite-'));
  const sql = await PgliteSqlClient.open(dir);
  const store = await SqlEventStore.create(sql);
  try {
    return await benchAdapter('embedded', store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchPostgres(): Promise<BenchRow[]> {
  const schema = `bench_es_${randomUUID().slice(0, 8)}`;
  const sql = await PgSqlClient.connect({ connectionString: BENCH_DATABASE_URL, schema, max: 20 });
  const store = await SqlEventStore.create(sql, { channel: `events_${schema}` });
  try {
    return await benchAdapter('postgres', store);
  } finally {
    await store.close();
    const admin = new Client({ connectionString: BENCH_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}

/** The KurrentDB adapter against the protocol double (BatchAppend advertised, as KurrentDB does). */
export async function benchKurrentDbDouble(): Promise<BenchRow[]> {
  const double = await KurrentDbDouble.start({ batchAppend: true });
  const store = KurrentDbEventStore.connect(double.url);
  try {
    return await benchAdapter(KURRENTDB_DOUBLE, store);
  } finally {
    await store.close();
    await double.close();
  }
}

/** The adapter label of rows measured against the protocol double, never a real server. */
export const KURRENTDB_DOUBLE = 'kurrentdb-double';

export async function benchEventStore(): Promise<BenchRow[]> {
  return [...(await benchPglite()), ...(await benchPostgres()), ...(await benchKurrentDbDouble())];
}

if (require.main === module) {
  benchEventStore().then(
    (rows) => {
      console.table(rows.map((r) => ({ ...r, value: Number(r.value.toFixed(r.value >= 100 ? 0 : 2)) })));
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

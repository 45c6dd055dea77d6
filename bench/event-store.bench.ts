/**
 * The event store side by side, per store, in one run: the raw-SQL ceiling on the same `events`
 * table (an INSERT loop on 1 and 16 connections, an `unnest` insert of 100, a keyset read), our
 * store (single appends from 1 and 16 writers, batches of 100, the global read, a replay into a
 * read model) and, on PostgreSQL, Emmett. Rounds interleave the three so the machine's load falls
 * on all alike; each figure is the median of BENCH_ROUNDS (3) and each ratio the median of the
 * rounds' ratios. The 16 writers run with a live subscriber that must see every event once and in
 * position order (the gap test): a missed or doubled event fails the bench. Writes the table to
 * bench/results/event-store.md, which the README's performance table is made from.
 * Alone: `npm run bench -- event-store`. Sizes: BENCH_SINGLE_APPENDS (1500), BENCH_WRITER_APPENDS
 * (100 per writer), BENCH_BATCHES (50), BENCH_LOG_EVENTS (100000, the least the log is filled to).
 *
 * The `kurrentdb-double` rows run the KurrentDB adapter and the official client against the
 * in-memory KurrentDB protocol double on loopback: a figure of the adapter's and the client's
 * overhead (serialisation, gRPC, the native read path), not of KurrentDB, whose disk, index and
 * replication they leave out. A real server's figures come from running this against one.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import {
  PgliteSqlClient,
  PgSqlClient,
  SqlEventStore,
  categoryOf,
  type EventStore,
  type EventToAppend,
  type SqlClient,
  type StoredEvent,
} from '@app/event-store';
import { KurrentDbEventStore } from '@app/event-store/kurrentdb/kurrentdb-event-store';
import { KurrentDbDouble } from '@app/event-store/testing/kurrentdb-double/kurrentdb-double';
import { BENCH_DATABASE_URL, type BenchRow, percentile } from './bench-common';
import { emmettEvent, openEmmett, type EmmettSide } from './emmett.bench';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SINGLE = Number(process.env.BENCH_SINGLE_APPENDS ?? 1500);
const WRITERS = 16;
const PER_WRITER = Number(process.env.BENCH_WRITER_APPENDS ?? 100);
const BATCHES = Number(process.env.BENCH_BATCHES ?? 50);
const LOG_EVENTS = Number(process.env.BENCH_LOG_EVENTS ?? 100_000);
const PAGE = 1000;

type Adapter = 'embedded' | 'postgres';

/** About the size of a real event: a hearing input with its metadata. */
function event(i: number): EventToAppend {
  return { id: randomUUID(), ...emmettEvent(i) };
}

/** Raw SQL on the store's own table: what the database does with no event store in the way. */
interface Raw {
  query(sql: string, params: unknown[]): Promise<{ rows: unknown[] }>;
  close(): Promise<void>;
}

const RAW_INSERT = `INSERT INTO events (stream_id, revision, event_id, type, data, metadata, recorded_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7)`;
const RAW_UNNEST = `INSERT INTO events (stream_id, revision, event_id, type, data, metadata, recorded_at)
  SELECT $1, u.revision, u.id, u.type, u.data, u.metadata, u.recorded_at
    FROM unnest($2::bigint[], $3::text[], $4::text[], $5::jsonb[], $6::jsonb[], $7::timestamptz[])
      AS u(revision, id, type, data, metadata, recorded_at)`;
const RAW_KEYSET = 'SELECT * FROM events WHERE position > $1 ORDER BY position LIMIT $2';

function rawParams(streamId: string, revision: number, e: EventToAppend): unknown[] {
  return [
    streamId,
    revision,
    e.id,
    e.type,
    JSON.stringify(e.data),
    JSON.stringify(e.metadata),
    e.metadata.recordedAt,
  ];
}

interface Side {
  adapter: Adapter;
  store: SqlEventStore;
  sql: SqlClient;
  raw: Raw;
  emmett?: EmmettSide;
  close(): Promise<void>;
}

async function openEmbedded(): Promise<Side> {
  // On disk, as `npm start` runs it (PGlite does not fsync, so this is close to in-memory).
  const dir = mkdtempSync(join(tmpdir(), 'bench-pglite-'));
  const sql = await PgliteSqlClient.open(dir);
  const store = await SqlEventStore.create(sql, { ownsClient: false });
  return {
    adapter: 'embedded',
    store,
    sql,
    // One connection: "16 connections" are 16 callers taking turns on it, as our writers do.
    raw: { query: (text, params) => sql.query(text, params), close: async () => undefined },
    async close() {
      await store.close();
      await sql.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openPostgres(tag: string): Promise<Side> {
  const schema = `bench_es_${tag}`;
  const sql = await PgSqlClient.connect({ connectionString: BENCH_DATABASE_URL, schema, max: WRITERS + 4 });
  const store = await SqlEventStore.create(sql, { channel: `events_${schema}`, ownsClient: false });
  const pool = new Pool({
    connectionString: BENCH_DATABASE_URL,
    max: WRITERS,
    options: `-c search_path=${schema}`,
  });
  const emmettSchema = `bench_emmett_${tag}`;
  const emmett = await openEmmett(emmettSchema);
  return {
    adapter: 'postgres',
    store,
    sql,
    raw: { query: (text, params) => pool.query(text, params), close: () => pool.end() },
    emmett,
    async close() {
      await store.close();
      await sql.close();
      await pool.end();
      await emmett.close();
      const admin = new Client({ connectionString: BENCH_DATABASE_URL });
      await admin.connect();
      for (const s of [schema, emmettSchema]) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
      await admin.end();
    },
  };
}

/** Runs `work(w, i)` for i < perWriter on each of `writers` concurrent writers; per second. */
async function rate(writers: number, perWriter: number, work: (w: number, i: number) => Promise<unknown>) {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = 0; i < perWriter; i++) await work(w, i);
    }),
  );
  return (writers * perWriter) / ((performance.now() - started) / 1000);
}

/**
 * The gap check: 16 writers on their own streams with a live subscriber, which must see every
 * acknowledged event once and in position order; anything missed, doubled or reordered throws
 * and fails the bench. Returns the append rate with the subscriber reading alongside.
 */
async function writersWithGapCheck(side: Side, round: number): Promise<number> {
  const { store } = side;
  const head = await lastPosition(store);
  const received: StoredEvent[] = [];
  const sub = store.subscribe({ after: head, handle: async (events) => void received.push(...events) });
  await sub.caughtUp;
  const acknowledged: number[] = [];
  const perSecond = await rate(WRITERS, PER_WRITER, async (w, i) => {
    const result = await store.append(`gap${round}-w${w}`, [event(i)], i === 0 ? 'no_stream' : i - 1);
    acknowledged.push(result.position);
  });
  const last = Math.max(...acknowledged);
  const deadline = Date.now() + 30_000;
  while (!(received.length > 0 && received[received.length - 1].position >= last)) {
    if (Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  await sub.stop();
  const seen = new Set(received.map((e) => e.position));
  const missed = acknowledged.filter((p) => !seen.has(p));
  const doubled = received.length - seen.size;
  const disordered = received.some((e, i) => i > 0 && e.position <= received[i - 1].position);
  if (missed.length > 0 || doubled > 0 || disordered) {
    throw new Error(
      `gap check failed on ${side.adapter}: ${missed.length} missed, ${doubled} doubled, ` +
        `${disordered ? 'out of order' : 'in order'}`,
    );
  }
  return perSecond;
}

async function lastPosition(store: SqlEventStore): Promise<number> {
  let after = -1;
  for (;;) {
    const page = await store.readAll({ after, maxCount: 10_000 });
    if (page.length === 0) return after;
    after = page[page.length - 1].position;
  }
}

async function fillLog(side: Side): Promise<void> {
  const { rows } = await side.sql.query<{ n: string | number }>('SELECT count(*) AS n FROM events');
  for (let total = Number(rows[0].n), s = 0; total < LOG_EVENTS; s++) {
    const size = Math.min(PAGE, LOG_EVENTS - total);
    await side.store.append(
      `fill-${s}`,
      Array.from({ length: size }, (_, i) => event(i)),
      'no_stream',
    );
    total += size;
  }
}

/**
 * Replay: a subscription from the start of the log into a read model (events per category),
 * one transaction per batch for the rows and the checkpoint, as the projection runner does.
 */
async function replay(side: Side): Promise<{ events: number; perSecond: number }> {
  const { sql, store } = side;
  await sql.query(
    'CREATE TABLE IF NOT EXISTS bench_replay_counts (category text PRIMARY KEY, events bigint NOT NULL)',
  );
  await sql.query('CREATE TABLE IF NOT EXISTS bench_replay_checkpoint (position bigint NOT NULL)');
  await sql.query('TRUNCATE bench_replay_counts, bench_replay_checkpoint');
  await sql.query('INSERT INTO bench_replay_checkpoint VALUES (-1)');
  const end = await lastPosition(store);
  let events = 0;
  let reached = -1;
  const started = performance.now();
  const sub = store.subscribe({
    after: -1,
    batchSize: PAGE,
    handle: async (batch) => {
      const counts = new Map<string, number>();
      for (const e of batch)
        counts.set(categoryOf(e.streamId), (counts.get(categoryOf(e.streamId)) ?? 0) + 1);
      const position = batch[batch.length - 1].position;
      await sql.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO bench_replay_counts (category, events)
           SELECT * FROM unnest($1::text[], $2::bigint[])
           ON CONFLICT (category) DO UPDATE SET events = bench_replay_counts.events + excluded.events`,
          [[...counts.keys()], [...counts.values()]],
        );
        await tx.query('UPDATE bench_replay_checkpoint SET position = $1', [position]);
      });
      events += batch.length;
      reached = position;
    },
  });
  while (reached < end) await new Promise((r) => setTimeout(r, 2));
  const seconds = (performance.now() - started) / 1000;
  await sub.stop();
  return { events, perSecond: events / seconds };
}

type Figures = Record<string, number>;

/** One round on one store: every measurement, raw, ours and Emmett's back to back. */
async function round(side: Side, r: number): Promise<Figures> {
  const { store, raw, emmett } = side;
  const f: Figures = {};
  const tag = `r${r}`;

  // 1 writer: raw INSERT loop, our single appends (with latency), Emmett's.
  f['raw insert, 1 connection'] = await rate(1, SINGLE, (_, i) =>
    raw.query(RAW_INSERT, rawParams(`raw1${tag}-${i % 100}`, Math.floor(i / 100), event(i))),
  );
  const latencies: number[] = [];
  f['ours single appends, 1 writer'] = await rate(1, SINGLE, async (_, i) => {
    const t = performance.now();
    await store.append(`single${tag}-${i % 100}`, [event(i)], 'any');
    latencies.push(performance.now() - t);
  });
  latencies.sort((a, b) => a - b);
  f['ours single append p50 (ms)'] = percentile(latencies, 50);
  f['ours single append p99 (ms)'] = percentile(latencies, 99);
  if (emmett) {
    f['emmett single appends, 1 writer'] = await rate(1, SINGLE, (_, i) =>
      emmett.append(`single${tag}-${i % 100}`, [emmettEvent(i)]),
    );
  }

  // 16 writers.
  f['raw insert, 16 connections'] = await rate(WRITERS, PER_WRITER, (w, i) =>
    raw.query(RAW_INSERT, rawParams(`raw16${tag}-${w}`, i, event(i))),
  );
  f['ours single appends, 16 writers'] = await rate(WRITERS, PER_WRITER, (w, i) =>
    store.append(`w${tag}-${w}`, [event(i)], i === 0 ? 'no_stream' : i - 1),
  );
  if (emmett) {
    f['emmett single appends, 16 writers'] = await rate(WRITERS, PER_WRITER, (w, i) =>
      emmett.append(`w${tag}-${w}`, [emmettEvent(i)]),
    );
  }

  f['ours 16 writers with a live subscriber (gap check)'] = await writersWithGapCheck(side, r);

  // Batches of 100.
  const batch = () => Array.from({ length: 100 }, (_, i) => event(i));
  f['raw unnest insert of 100'] =
    100 *
    (await rate(1, BATCHES, (_, b) => {
      const events = batch();
      return raw.query(RAW_UNNEST, [
        `unnest${tag}-${b}`,
        events.map((_e, i) => i),
        events.map((e) => e.id),
        events.map((e) => e.type),
        events.map((e) => JSON.stringify(e.data)),
        events.map((e) => JSON.stringify(e.metadata)),
        events.map((e) => e.metadata.recordedAt),
      ]);
    }));
  f['ours batches of 100'] =
    100 * (await rate(1, BATCHES, (_, b) => store.append(`batch${tag}-${b}`, batch(), 'no_stream')));
  if (emmett) {
    f['emmett batches of 100'] =
      100 *
      (await rate(1, BATCHES, (_, b) =>
        emmett.append(
          `batch${tag}-${b}`,
          Array.from({ length: 100 }, (_e, i) => emmettEvent(i)),
        ),
      ));
  }

  // The whole log, in pages of 1000.
  if (r === 1) {
    await fillLog(side);
    if (emmett) {
      for (let s = 0; s < LOG_EVENTS / PAGE; s++) {
        await emmett.append(
          `fill-${s}`,
          Array.from({ length: PAGE }, (_e, i) => emmettEvent(i)),
        );
      }
    }
  }
  let started = performance.now();
  let read = 0;
  for (let after = -1; ;) {
    const { rows } = (await raw.query(RAW_KEYSET, [after, PAGE])) as { rows: { position: string }[] };
    if (rows.length === 0) break;
    read += rows.length;
    after = Number(rows[rows.length - 1].position);
  }
  f['raw keyset read'] = read / ((performance.now() - started) / 1000);
  started = performance.now();
  read = 0;
  for (let after = -1; ;) {
    const page = await store.readAll({ after, maxCount: PAGE });
    if (page.length === 0) break;
    read += page.length;
    after = page[page.length - 1].position;
  }
  f['ours global read'] = read / ((performance.now() - started) / 1000);
  f['log size (events)'] = read;
  if (emmett) {
    started = performance.now();
    const theirs = await emmett.readLog(PAGE);
    f['emmett global read'] = theirs / ((performance.now() - started) / 1000);
  }
  f['ours replay into a read model'] = (await replay(side)).perSecond;
  return f;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Ours against the ceiling and the peer, with the issue's targets. */
const RATIOS: { name: string; ours: string; base: string; target?: number }[] = [
  {
    name: 'single appends / raw INSERT loop (1 conn)',
    ours: 'ours single appends, 1 writer',
    base: 'raw insert, 1 connection',
    target: 0.6,
  },
  {
    name: 'single appends / Emmett',
    ours: 'ours single appends, 1 writer',
    base: 'emmett single appends, 1 writer',
    target: 1.5,
  },
  {
    name: '16 writers / raw INSERT loop (16 conns)',
    ours: 'ours single appends, 16 writers',
    base: 'raw insert, 16 connections',
    target: 0.5,
  },
  {
    name: '16 writers / Emmett',
    ours: 'ours single appends, 16 writers',
    base: 'emmett single appends, 16 writers',
  },
  {
    name: 'batches of 100 / raw unnest',
    ours: 'ours batches of 100',
    base: 'raw unnest insert of 100',
    target: 0.7,
  },
  { name: 'batches of 100 / Emmett', ours: 'ours batches of 100', base: 'emmett batches of 100' },
  { name: 'global read / raw keyset read', ours: 'ours global read', base: 'raw keyset read' },
  { name: 'global read / Emmett', ours: 'ours global read', base: 'emmett global read' },
];

const ABSOLUTE: Record<Adapter, Record<string, number>> = {
  postgres: { 'ours global read': 250_000, 'ours replay into a read model': 50_000 },
  embedded: { 'ours global read': 250_000, 'ours replay into a read model': 30_000 },
};

async function benchSide(open: () => Promise<Side>): Promise<{ adapter: Adapter; rounds: Figures[] }> {
  const side = await open();
  try {
    // Warm-up: JIT, connections, plan caches.
    for (let i = 0; i < 200; i++) await side.store.append(`warmup-${i % 10}`, [event(i)], 'any');
    const rounds: Figures[] = [];
    for (let r = 1; r <= ROUNDS; r++) {
      console.error(`  ${side.adapter}: round ${r} of ${ROUNDS}`);
      rounds.push(await round(side, r));
    }
    return { adapter: side.adapter, rounds };
  } finally {
    await side.close();
  }
}

function format(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(2);
}

/** One adapter's own figures, for a store without a raw-SQL ceiling beside it (the KurrentDB double). */
async function benchAdapter(adapter: string, store: EventStore): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const row = (metric: string, value: number, unit: string) =>
    rows.push({ suite: 'event-store', adapter, metric, value, unit });

  // Warm-up: JIT, connections, plan caches.
  for (let i = 0; i < 200; i++) await store.append(`warmup-${i % 10}`, [event(i)], 'any');

  const latencies: number[] = [];
  let started = performance.now();
  for (let i = 0; i < SINGLE; i++) {
    const t = performance.now();
    await store.append(`single-${i % 100}`, [event(i)], 'any');
    latencies.push(performance.now() - t);
  }
  let seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  row(`single-event appends (${SINGLE})`, SINGLE / seconds, 'appends/s');
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
  const perWriter = Math.max(50, Math.floor(SINGLE / 5 / writers));
  started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = 0; i < perWriter; i++) await store.append(`writer-${w}`, [event(i)], 'any');
    }),
  );
  seconds = (performance.now() - started) / 1000;
  row(`single-event appends, ${writers} concurrent writers`, (writers * perWriter) / seconds, 'appends/s');

  // Fill the log to LOG_EVENTS with large batches, then read it all in pages of 1000.
  let total = 200 + SINGLE + batches * 100 + writers * perWriter;
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
  const tag = randomUUID().slice(0, 8);
  // BENCH_STORES=embedded (or postgres) runs one store only.
  const stores = (process.env.BENCH_STORES ?? 'embedded,postgres,kurrentdb-double').split(',');
  const results = [];
  if (stores.includes('embedded')) results.push(await benchSide(openEmbedded));
  if (stores.includes('postgres')) results.push(await benchSide(() => openPostgres(tag)));
  const rows: BenchRow[] = [];
  const lines = [
    `Measured by \`npm run bench -- event-store\` on ${new Date().toISOString().slice(0, 10)}: median of ${ROUNDS} interleaved rounds (ratios: median of the rounds' ratios); every round's 16 writers passed the gap check.`,
    '',
    '| store | measure | median | unit |',
    '| --- | --- | ---: | --- |',
  ];
  for (const { adapter, rounds } of results) {
    for (const metric of Object.keys(rounds[0])) {
      const value = median(rounds.map((f) => f[metric]));
      const unit = metric.includes('(ms)')
        ? 'ms'
        : metric.includes('(events)')
          ? 'events'
          : metric.includes('batches') ||
              metric.includes('unnest') ||
              metric.includes('read') ||
              metric.includes('replay')
            ? 'events/s'
            : 'appends/s';
      rows.push({ suite: 'event-store', adapter, metric, value, unit });
      const target = ABSOLUTE[adapter][metric];
      lines.push(
        `| ${adapter} | ${metric}${target ? ` (target ${format(target)})` : ''} | ${format(value)} | ${unit} |`,
      );
    }
    for (const ratio of RATIOS) {
      if (!(ratio.base in rounds[0])) continue;
      const value = median(rounds.map((f) => f[ratio.ours] / f[ratio.base]));
      rows.push({ suite: 'event-store', adapter, metric: `ratio: ${ratio.name}`, value, unit: 'x' });
      const verdict =
        ratio.target === undefined
          ? ''
          : value >= ratio.target
            ? ` (target ${ratio.target}x: met)`
            : ` (target ${ratio.target}x: MISSED)`;
      lines.push(`| ${adapter} | ${ratio.name}${verdict} | ${value.toFixed(2)} | x |`);
    }
  }
  writeFileSync(join(__dirname, 'results', 'event-store.md'), lines.join('\n') + '\n');
  if (stores.includes('kurrentdb-double')) rows.push(...(await benchKurrentDbDouble()));
  return rows;
}

if (require.main === module) {
  benchEventStore().then(
    (rows) => {
      for (const r of rows)
        console.log(
          `${r.adapter.padEnd(9)} ${r.metric.padEnd(60)} ${format(r.value).padStart(10)} ${r.unit}`,
        );
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

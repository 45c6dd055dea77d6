/**
 * Our PostgreSQL adapter (SqlEventStore on PgSqlClient) against a peer, Emmett's PostgreSQL event
 * store (`@event-driven-io/emmett-postgresql`, a devDependency for this benchmark only), on the
 * same database in the same run, each in a schema of its own (dropped afterwards):
 * sequential single-event appends per second, and the rate of reading the whole global log in
 * pages of 1,000 (our `readAll`; Emmett's `readMessagesBatch`, what its consumers page with).
 * Printed as values and as ratios (ours / Emmett's). Alone:
 * `TS_NODE_TRANSPILE_ONLY=true node -r ts-node/register -r tsconfig-paths/register bench/emmett.bench.ts`.
 * Sizes: BENCH_EMMETT_APPENDS (default 2000), BENCH_EMMETT_LOG (default 50000).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { dumbo } from '@event-driven-io/dumbo';
import { getPostgreSQLEventStore, readMessagesBatch } from '@event-driven-io/emmett-postgresql';
import { PgSqlClient, SqlEventStore, type EventToAppend } from '@app/event-store';
import { BENCH_DATABASE_URL, type BenchRow } from './bench-common';

const APPENDS = Number(process.env.BENCH_EMMETT_APPENDS ?? 2000);
const LOG_EVENTS = Number(process.env.BENCH_EMMETT_LOG ?? 50_000);
const BATCH = 100;
const PAGE = 1000;

/** The same payload for both stores: about the size of a hearing input with its metadata. */
function payload(i: number) {
  return {
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

function ours(i: number): EventToAppend {
  return { id: randomUUID(), type: 'InputGiven', ...payload(i) };
}

function theirs(i: number) {
  const { data, metadata } = payload(i);
  return { type: 'InputGiven', data, metadata };
}

interface Measured {
  appendsPerSecond: number;
  logEventsPerSecond: number;
  logEventsRead: number;
}

async function measureOurs(schema: string): Promise<Measured> {
  const sql = await PgSqlClient.connect({ connectionString: BENCH_DATABASE_URL, schema, max: 10 });
  const store = await SqlEventStore.create(sql, { channel: `events_${schema}` });
  try {
    for (let i = 0; i < 100; i++) await store.append(`warmup-${i % 10}`, [ours(i)], 'any');
    let started = performance.now();
    for (let i = 0; i < APPENDS; i++) await store.append(`single-${i % 100}`, [ours(i)], 'any');
    const appendsPerSecond = APPENDS / ((performance.now() - started) / 1000);
    for (let done = 0; done < LOG_EVENTS; done += BATCH) {
      const events = Array.from({ length: BATCH }, (_, j) => ours(done + j));
      await store.append(`log-${(done / BATCH) % 500}`, events, 'any');
    }
    started = performance.now();
    let read = 0;
    for (let after = -1; ;) {
      const page = await store.readAll({ after, maxCount: PAGE });
      if (page.length === 0) break;
      read += page.length;
      after = page[page.length - 1].position;
    }
    return {
      appendsPerSecond,
      logEventsPerSecond: read / ((performance.now() - started) / 1000),
      logEventsRead: read,
    };
  } finally {
    await store.close();
    await sql.close().catch(() => undefined);
  }
}

async function measureEmmett(schema: string): Promise<Measured> {
  // Emmett names its tables without a schema: the connection's search_path puts them in ours.
  const url = new URL(BENCH_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const connectionString = url.toString();
  const store = getPostgreSQLEventStore(connectionString);
  const pool = dumbo({ connectionString });
  try {
    await store.schema.migrate();
    for (let i = 0; i < 100; i++) await store.appendToStream(`warmup-${i % 10}`, [theirs(i)]);
    let started = performance.now();
    for (let i = 0; i < APPENDS; i++) await store.appendToStream(`single-${i % 100}`, [theirs(i)]);
    const appendsPerSecond = APPENDS / ((performance.now() - started) / 1000);
    for (let done = 0; done < LOG_EVENTS; done += BATCH) {
      const events = Array.from({ length: BATCH }, (_, j) => theirs(done + j));
      await store.appendToStream(`log-${(done / BATCH) % 500}`, events);
    }
    started = performance.now();
    let read = 0;
    for (let after = 0n; ;) {
      const batch = await readMessagesBatch(pool.execute, { after, batchSize: PAGE });
      if (batch.messages.length === 0) break;
      read += batch.messages.length;
      after = batch.messages[batch.messages.length - 1].metadata.globalPosition;
      if (!batch.areMessagesLeft) break;
    }
    return {
      appendsPerSecond,
      logEventsPerSecond: read / ((performance.now() - started) / 1000),
      logEventsRead: read,
    };
  } finally {
    await pool.close();
    await store.close();
  }
}

export async function benchEmmett(): Promise<BenchRow[]> {
  const tag = randomBytes(4).toString('hex');
  const schemas = { ours: `bench_ours_${tag}`, emmett: `bench_emmett_${tag}` };
  const admin = new Client({ connectionString: BENCH_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schemas.emmett}`);
    const our = await measureOurs(schemas.ours);
    const peer = await measureEmmett(schemas.emmett);
    const rows: BenchRow[] = [];
    const add = (adapter: string, metric: string, value: number, unit: string) =>
      rows.push({ suite: 'vs-emmett', adapter, metric, value, unit });
    add('ours-pg', 'single appends', our.appendsPerSecond, 'events/s');
    add('emmett-pg', 'single appends', peer.appendsPerSecond, 'events/s');
    add('ours-pg', `global log read (${our.logEventsRead} ev)`, our.logEventsPerSecond, 'events/s');
    add('emmett-pg', `global log read (${peer.logEventsRead} ev)`, peer.logEventsPerSecond, 'events/s');
    add('ratio', 'single appends ours/emmett', our.appendsPerSecond / peer.appendsPerSecond, 'x');
    add('ratio', 'global log read ours/emmett', our.logEventsPerSecond / peer.logEventsPerSecond, 'x');
    return rows;
  } finally {
    for (const schema of Object.values(schemas)) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}

if (require.main === module) {
  benchEmmett().then(
    (rows) => {
      console.table(rows);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

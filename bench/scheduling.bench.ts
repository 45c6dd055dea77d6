import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createRedisConnection,
  DeadlineScheduler,
  DeadlineWorker,
  ensureRedis,
  redisUrlFromEnv,
  type Deadline,
  type StreamDeadlines,
} from '@app/scheduling';
import type { Redis } from 'ioredis';
import { deleteKeys, testPrefix } from '@app/scheduling/testing/redis-test-prefix';
import { type BenchRow, percentile } from './bench-common';

const STREAMS = 1_000;
const PER_STREAM = 10;
const SIMULTANEOUS = 1_000;

/** Jobs due 200 ms apart, so each fires alone: the timer's own lateness, without queueing. */
async function lonelyLateness(
  scheduler: DeadlineScheduler,
  connection: Redis,
  prefix: string,
): Promise<number[]> {
  const lateness: number[] = [];
  const worker = new DeadlineWorker({
    connection,
    prefix,
    dispatch: async ({ deadline, firedAt }) => {
      lateness.push(Date.parse(firedAt) - Date.parse(deadline.dueAt));
    },
  });
  await worker.start();
  try {
    const start = Date.now() + 1_000;
    const jobs: Deadline[] = Array.from({ length: 20 }, (_, i) => ({
      id: `alone-${i}`,
      streamId: 'hearing-bench-alone',
      dueAt: new Date(start + i * 200).toISOString(),
      kind: 'reminder',
      command: { type: 'IssueHearingReminders', data: {} },
    }));
    await scheduler.reconcile('hearing-bench-alone', jobs);
    const until = Date.now() + 15_000;
    while (lateness.length < jobs.length && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    if (lateness.length < jobs.length)
      throw new Error(`only ${lateness.length} of ${jobs.length} jobs fired`);
  } finally {
    await worker.close();
  }
  return lateness.sort((a, b) => a - b);
}

function desired(dueAt: (n: number, d: number) => string): StreamDeadlines[] {
  return Array.from({ length: STREAMS }, (_, n) => {
    const streamId = `hearing-bench-${n}`;
    const deadlines: Deadline[] = Array.from({ length: PER_STREAM }, (_, d) => ({
      id: `reminder-${d}`,
      streamId,
      dueAt: dueAt(n, d),
      kind: 'reminder',
      command: { type: 'IssueHearingReminders', data: { hearingId: String(n) } },
    }));
    return { streamId, deadlines };
  });
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * What docs/architecture.md asks measured: the cost of (re)scheduling a realistic number of deadlines, and
 * how late BullMQ fires jobs (it wakes on Redis's timer, `hz`), as fired-at minus due-at.
 */
export async function benchScheduling(): Promise<BenchRow[]> {
  const url = redisUrlFromEnv();
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-scheduling-'));
  const local = await ensureRedis({ url, dataDir });
  const redis = createRedisConnection(url, 'client');
  const workerRedis = createRedisConnection(url, 'worker');
  const prefix = testPrefix('bench');
  const scheduler = new DeadlineScheduler({ connection: redis, prefix });
  const rows: BenchRow[] = [];
  try {
    const hz = ((await redis.config('GET', 'hz')) as string[])[1];
    const adapter = `bullmq hz=${hz}`;
    const row = (metric: string, value: number, unit: string) =>
      rows.push({ suite: 'scheduling', adapter, metric, value: Math.round(value * 10) / 10, unit });

    const base = Date.now() + 24 * 3_600_000;
    const streams = desired((n, d) => new Date(base + n * 60_000 + d * 1_000).toISOString());
    const total = STREAMS * PER_STREAM;

    const scheduleMs = await timed(() => scheduler.reconcileAll(streams));
    if ((await scheduler.queue.getDelayedCount()) !== total)
      throw new Error('not every deadline was scheduled');
    row(`schedule ${total} deadlines, ${STREAMS} streams`, scheduleMs, 'ms');
    row('schedule rate', (total / scheduleMs) * 1000, 'deadlines/s');

    const again = await timed(() => scheduler.reconcileAll(streams));
    if ((await scheduler.queue.getDelayedCount()) !== total)
      throw new Error('the reconcile changed the job count');
    row(`reconcile the ${total} again, unchanged`, again, 'ms');

    await scheduler.queue.obliterate({ force: true });
    await deleteKeys(redis, prefix);

    const lateness: number[] = [];
    const worker = new DeadlineWorker({
      connection: workerRedis,
      prefix,
      concurrency: 50,
      dispatch: async ({ deadline, firedAt }) => {
        lateness.push(Date.parse(firedAt) - Date.parse(deadline.dueAt));
      },
    });
    await worker.start();
    try {
      const dueAt = new Date(Date.now() + 3_000).toISOString();
      const jobs = Array.from({ length: SIMULTANEOUS }, (_, i) => ({
        id: `reminder-${i}`,
        streamId: 'hearing-bench-lateness',
        dueAt,
        kind: 'reminder' as const,
        command: { type: 'IssueHearingReminders', data: {} },
      }));
      await scheduler.reconcile('hearing-bench-lateness', jobs);
      const until = Date.now() + 30_000;
      while (lateness.length < SIMULTANEOUS && Date.now() < until)
        await new Promise((r) => setTimeout(r, 50));
      if (lateness.length < SIMULTANEOUS)
        throw new Error(`only ${lateness.length} of ${SIMULTANEOUS} jobs fired`);
    } finally {
      await worker.close();
    }
    const sorted = [...lateness].sort((a, b) => a - b);
    row(`lateness p50, ${SIMULTANEOUS} due at once`, percentile(sorted, 50), 'ms');
    row(`lateness p99, ${SIMULTANEOUS} due at once`, percentile(sorted, 99), 'ms');

    const alone = await lonelyLateness(scheduler, workerRedis, prefix);
    row(`lateness p50, ${alone.length} due one by one`, percentile(alone, 50), 'ms');
    row(`lateness max, ${alone.length} due one by one`, alone[alone.length - 1], 'ms');
    return rows;
  } finally {
    await scheduler.queue.obliterate({ force: true }).catch(() => undefined);
    await scheduler.close();
    await deleteKeys(redis, prefix);
    redis.disconnect();
    workerRedis.disconnect();
    await local.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchScheduling().then(
    (rows) => console.table(rows),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

import type { Redis } from 'ioredis';
import type { Deadline } from '../deadline';
import { DeadlineScheduler, type StreamDeadlines } from '../deadline-scheduler';
import { createRedisConnection, redisUrlFromEnv } from '../redis-connection';
import { deleteKeys, testPrefix } from '../testing/redis-test-prefix';
import { waitFor } from '../testing/wait-for';
import { DeadlineWatch } from './deadline-watch';

const HOUR = 3_600_000;

describe('DeadlineWatch (real Redis)', () => {
  const prefix = testPrefix('watch');
  const name = `watch-${prefix}`;
  let redis: Redis;
  let admin: Redis;
  let scheduler: DeadlineScheduler;
  let watch: DeadlineWatch;
  let rebuilds = 0;

  const deadline = (streamId: string, id: string): Deadline => ({
    id,
    streamId,
    dueAt: new Date(Date.now() + HOUR).toISOString(),
    kind: 'deadline',
    command: { type: 'RecordDeadlinePassed', data: {} },
  });
  const streams: StreamDeadlines[] = [1, 2].map((n) => ({
    streamId: `hearing-${n}`,
    deadlines: [deadline(`hearing-${n}`, 'input'), deadline(`hearing-${n}`, 'response')],
  }));
  /** What the deadline follower does from the log; here the log is `streams`. */
  const rebuild = async () => {
    rebuilds++;
    return { ...(await scheduler.reconcileAll(streams)), streams: streams.length };
  };

  beforeAll(async () => {
    redis = createRedisConnection(redisUrlFromEnv(), 'client', { connectionName: name });
    admin = createRedisConnection(redisUrlFromEnv(), 'client');
    scheduler = new DeadlineScheduler({ connection: redis, prefix });
    await rebuild();
  });

  afterEach(() => watch?.stop());

  afterAll(async () => {
    await scheduler.close();
    await deleteKeys(admin, prefix);
    redis.disconnect();
    admin.disconnect();
  });

  it('says ok while Redis holds every job, missing once a job or the rebuild mark is gone', async () => {
    watch = new DeadlineWatch({ scheduler, connection: redis, rebuild, intervalMs: HOUR });
    expect(await watch.status(0)).toMatchObject({ status: 'ok', indexedJobs: 4, missingJobs: 0 });

    await scheduler.queue.remove((await scheduler.queue.getDelayed())[0].id as string);
    expect(await watch.status(0)).toMatchObject({ status: 'missing', missingJobs: 1 });

    await watch.reconcile();
    expect(await watch.status(0)).toMatchObject({ status: 'ok', missingJobs: 0 });
    await deleteKeys(admin, prefix);
    expect(await watch.status(0)).toMatchObject({ status: 'missing', rebuilt: false });
    await watch.reconcile();
  });

  it('rebuilds by itself when the connection comes back after Redis lost its keys', async () => {
    watch = new DeadlineWatch({ scheduler, connection: redis, rebuild, intervalMs: HOUR });
    watch.start();
    const before = rebuilds;
    await deleteKeys(admin, prefix);

    // As a Redis restart does: the server closes the scheduler's connection (only ours: the
    // Redis is shared with other suites), and it reconnects.
    const line = String(await admin.call('CLIENT', 'LIST'))
      .split('\n')
      .find((l) => l.includes(` name=${name} `));
    const id = line && /\bid=(\d+)/.exec(line)?.[1];
    expect(id).toBeDefined();
    await admin.call('CLIENT', 'KILL', 'ID', id as string);
    await waitFor(() => rebuilds > before, 5_000, 'a rebuild after the reconnect');
    await waitFor(async () => (await watch.status(0)).status === 'ok', 5_000, 'every job back');
    expect(await scheduler.queue.getDelayedCount()).toBe(4);
  });

  it('rebuilds by itself on its interval', async () => {
    watch = new DeadlineWatch({ scheduler, connection: redis, rebuild, intervalMs: 200 });
    watch.start();
    const before = rebuilds;
    await deleteKeys(admin, prefix);
    await waitFor(() => rebuilds > before, 3_000, 'a rebuild on the interval');
    await waitFor(async () => (await watch.status(0)).status === 'ok', 3_000, 'every job back');
  });
});

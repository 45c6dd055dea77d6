import type { Redis } from 'ioredis';
import type { Deadline } from './deadline';
import type { FiredDeadline } from './deadline-job';
import { DeadlineScheduler } from './deadline-scheduler';
import { DeadlineWorker } from './deadline-worker';
import { createRedisConnection, redisUrlFromEnv } from './redis-connection';
import { deleteKeys, testPrefix } from './testing/redis-test-prefix';
import { sleep, waitFor } from './testing/wait-for';

describe('DeadlineWorker (real Redis, real BullMQ worker)', () => {
  const prefix = testPrefix('worker');
  let redis: Redis;
  let workerRedis: Redis;
  let scheduler: DeadlineScheduler;
  let worker: DeadlineWorker | undefined;
  let fired: FiredDeadline[];
  let dispatch: (job: FiredDeadline) => Promise<void>;

  const deadline = (id: string, dueAt: Date, kind: Deadline['kind'] = 'deadline'): Deadline => ({
    id,
    streamId: 'hearing-1',
    dueAt: dueAt.toISOString(),
    kind,
    command: { type: 'RecordResponseDeadlinePassed', data: { hearingId: '1' } },
  });

  async function startWorker(concurrency = 2) {
    worker = new DeadlineWorker({
      connection: workerRedis,
      prefix,
      concurrency,
      dispatch: (job) => dispatch(job),
    });
    await worker.start();
  }

  beforeAll(() => {
    redis = createRedisConnection(redisUrlFromEnv(), 'client');
    workerRedis = createRedisConnection(redisUrlFromEnv(), 'worker');
    scheduler = new DeadlineScheduler({ connection: redis, prefix, backoffMs: 100 });
  });

  beforeEach(() => {
    fired = [];
    dispatch = async (job) => {
      fired.push(job);
    };
  });

  afterEach(async () => {
    await worker?.close();
    worker = undefined;
    await scheduler.queue.obliterate({ force: true });
    await deleteKeys(redis, prefix);
  });

  afterAll(async () => {
    await scheduler.close();
    await deleteKeys(redis, prefix);
    redis.disconnect();
    workerRedis.disconnect();
  });

  it('fires a deadline that passed before it was scheduled at once', async () => {
    await startWorker();
    const started = Date.now();
    await scheduler.reconcile('hearing-1', [deadline('response', new Date(started - 60_000))]);

    await waitFor(() => fired.length === 1, 3_000, 'the passed deadline to fire');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(fired[0]).toMatchObject({ streamId: 'hearing-1', deadline: { id: 'response' } });
  });

  it('fires a deadline a second out once, not early, and a reconcile after it does not fire it again', async () => {
    await startWorker();
    const dueAt = new Date(Date.now() + 1_000);
    const wanted = [deadline('input', dueAt)];
    await scheduler.reconcile('hearing-1', wanted);

    await waitFor(() => fired.length > 0, 4_000, 'the deadline to fire');
    expect(Date.parse(fired[0].firedAt)).toBeGreaterThanOrEqual(dueAt.getTime());
    expect(fired[0].deadline).toEqual(wanted[0]);

    // The state may still list it until the decider's event lands: the retained completed job
    // keeps this reconcile from firing it a second time.
    await scheduler.reconcile('hearing-1', wanted);
    await sleep(700);
    expect(fired).toHaveLength(1);
  });

  it('fires a moved deadline even though its earlier occurrence already fired', async () => {
    await startWorker();
    const first = deadline('input', new Date(Date.now() - 1_000));
    await scheduler.reconcile('hearing-1', [first]);
    await waitFor(() => fired.length === 1, 3_000, 'the first occurrence');

    const moved = deadline('input', new Date(Date.now() + 300));
    await scheduler.reconcile('hearing-1', [moved]);
    await waitFor(() => fired.length === 2, 3_000, 'the moved occurrence');
    expect(fired[1].deadline.dueAt).toBe(moved.dueAt);
  });

  it('retries a job whose dispatch throws, with backoff', async () => {
    let calls = 0;
    dispatch = async (job) => {
      calls++;
      if (calls === 1) throw new Error('command bus unavailable');
      fired.push(job);
    };
    await startWorker();
    await scheduler.reconcile('hearing-1', [deadline('response', new Date(Date.now() - 1))]);

    await waitFor(() => fired.length === 1, 4_000, 'the retried job to succeed');
    expect(calls).toBe(2);
    const [job] = await scheduler.queue.getJobs(['completed']);
    expect(job.attemptsMade).toBe(2);
  });

  it('gives up after five tries, and a reconcile that still wants the deadline sends it round again', async () => {
    let calls = 0;
    dispatch = async () => {
      calls++;
      throw new Error('always broken');
    };
    await startWorker();
    const wanted = [deadline('response', new Date(Date.now() - 1))];
    await scheduler.reconcile('hearing-1', wanted);

    // Backoff 100, 200, 400, 800 ms between the five tries.
    await waitFor(
      async () => (await scheduler.queue.getFailedCount()) === 1,
      6_000,
      'the job to fail for good',
    );
    expect(calls).toBe(5);

    dispatch = async (job) => {
      fired.push(job);
    };
    const result = await scheduler.reconcile('hearing-1', wanted);
    expect(result.retried).toBe(1);
    await waitFor(() => fired.length === 1, 3_000, 'the retried job to fire');
    expect(await scheduler.queue.getFailedCount()).toBe(0);
  });

  it('lets a running job finish when closed', async () => {
    let finished = false;
    dispatch = async () => {
      await sleep(300);
      finished = true;
    };
    await startWorker();
    await scheduler.reconcile('hearing-1', [deadline('response', new Date(Date.now() - 1))]);
    await waitFor(async () => (await scheduler.queue.getActiveCount()) === 1, 3_000, 'the job to start');

    await worker?.close();
    expect(finished).toBe(true);
    expect(await scheduler.queue.getCompletedCount()).toBe(1);
  });

  it('runs jobs side by side up to its concurrency', async () => {
    let running = 0;
    let peak = 0;
    dispatch = async (job) => {
      running++;
      peak = Math.max(peak, running);
      await sleep(200);
      running--;
      fired.push(job);
    };
    await startWorker(3);
    const past = new Date(Date.now() - 1);
    await scheduler.reconcile(
      'hearing-1',
      [1, 2, 3, 4, 5, 6].map((n) => deadline(`d${n}`, past)),
    );

    await waitFor(() => fired.length === 6, 4_000, 'all six jobs');
    expect(peak).toBe(3);
  });
});

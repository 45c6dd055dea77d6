import type { Redis } from 'ioredis';
import { FixedClock } from '@app/kernel';
import type { Deadline } from './deadline';
import { deadlineJobId } from './deadline-job';
import { DeadlineScheduler } from './deadline-scheduler';
import { createRedisConnection, redisUrlFromEnv } from './redis-connection';
import { deleteKeys, testPrefix } from './testing/redis-test-prefix';

const HOUR = 3_600_000;

describe('DeadlineScheduler (real Redis)', () => {
  const prefix = testPrefix('scheduler');
  const t0 = Date.now();
  const clock = new FixedClock(new Date(t0));
  let redis: Redis;
  let scheduler: DeadlineScheduler;

  const at = (offsetMs: number) => new Date(t0 + offsetMs).toISOString();
  const deadline = (streamId: string, id: string, dueAt: string, kind: Deadline['kind'] = 'deadline') => ({
    id,
    streamId,
    dueAt,
    kind,
    command: { type: 'RecordDeadlinePassed', data: { hearingId: streamId } },
  });

  async function jobsOf(s: DeadlineScheduler = scheduler) {
    const jobs = await s.queue.getJobs(['delayed', 'waiting', 'active', 'completed', 'failed']);
    return jobs.map((job) => ({ id: job.id, delay: job.delay, timestamp: job.timestamp }));
  }

  beforeAll(() => {
    redis = createRedisConnection(redisUrlFromEnv(), 'client');
    scheduler = new DeadlineScheduler({ connection: redis, prefix, clock });
  });

  afterEach(async () => {
    await scheduler.queue.obliterate({ force: true });
    await deleteKeys(redis, prefix);
  });

  afterAll(async () => {
    await scheduler.close();
    await deleteKeys(redis, prefix);
    redis.disconnect();
  });

  it('makes ids BullMQ accepts: no ":" and never an integer, even from ids with ":"', () => {
    const id = deadlineJobId('hearing-1', { id: 'reminder:P7D', dueAt: at(HOUR) });
    expect(id).not.toContain(':');
    expect(deadlineJobId('a|b', { id: 'c', dueAt: at(0) })).not.toBe(
      deadlineJobId('a', { id: 'b|c', dueAt: at(0) }),
    );
  });

  it('adds the missing jobs with their delays, and a second run changes nothing', async () => {
    const wanted = [
      deadline('hearing-1', 'response', at(2 * HOUR)),
      deadline('hearing-1', 'input', at(HOUR)),
    ];
    const first = await scheduler.reconcile('hearing-1', wanted);
    const before = await jobsOf();

    expect(first).toEqual({ added: 2, removed: 0, skipped: 0, late: 0, busy: 0, retried: 0, outdated: 0 });
    expect(before.map((job) => job.delay).sort()).toEqual([HOUR, 2 * HOUR]);
    expect(await scheduler.queue.getDelayedCount()).toBe(2);

    const second = await scheduler.reconcile('hearing-1', wanted);
    expect(second).toEqual({ added: 0, removed: 0, skipped: 0, late: 0, busy: 0, retried: 0, outdated: 0 });
    expect(await jobsOf()).toEqual(before);
  });

  it('moves a job whose due time changed and removes one no longer wanted', async () => {
    await scheduler.reconcile('hearing-1', [
      deadline('hearing-1', 'response', at(2 * HOUR)),
      deadline('hearing-1', 'input', at(HOUR)),
    ]);

    const result = await scheduler.reconcile('hearing-1', [deadline('hearing-1', 'response', at(5 * HOUR))]);

    expect(result).toEqual({ added: 1, removed: 2, skipped: 0, late: 0, busy: 0, retried: 0, outdated: 0 });
    const jobs = await jobsOf();
    expect(jobs).toHaveLength(1);
    expect(jobs[0].id).toBe(deadlineJobId('hearing-1', { id: 'response', dueAt: at(5 * HOUR) }));
    expect(jobs[0].delay).toBe(5 * HOUR);
  });

  it('leaves other streams alone and forgets a stream whose set became empty', async () => {
    await scheduler.reconcile('hearing-1', [deadline('hearing-1', 'input', at(HOUR))]);
    await scheduler.reconcile('hearing-2', [deadline('hearing-2', 'input', at(HOUR))]);

    await scheduler.reconcile('hearing-1', []);

    const jobs = await jobsOf();
    expect(jobs.map((job) => job.id)).toEqual([deadlineJobId('hearing-2', { id: 'input', dueAt: at(HOUR) })]);
    expect(await redis.smembers(`${prefix}:deadlines:deadline-streams`)).toEqual(['hearing-2']);
  });

  it('skips a reminder whose time has passed, but schedules a passed deadline to run now', async () => {
    const result = await scheduler.reconcile('hearing-1', [
      deadline('hearing-1', 'reminder-P1D', at(-HOUR), 'reminder'),
      deadline('hearing-1', 'response', at(-HOUR), 'deadline'),
      deadline('hearing-1', 'reminder-PT1H', at(HOUR), 'reminder'),
    ]);

    expect(result.skipped).toBe(1);
    const ids = (await jobsOf()).map((job) => job.id).sort();
    expect(ids).toEqual(
      [
        deadlineJobId('hearing-1', { id: 'response', dueAt: at(-HOUR) }),
        deadlineJobId('hearing-1', { id: 'reminder-PT1H', dueAt: at(HOUR) }),
      ].sort(),
    );
    expect(await scheduler.queue.getWaitingCount()).toBe(1);
  });

  it('adds a missed reminder to run now, and only once', async () => {
    const missed = { ...deadline('hearing-1', 'reminder-P1D', at(-HOUR), 'reminder'), missed: true };
    const result = await scheduler.reconcile('hearing-1', [missed]);
    expect(result).toMatchObject({ added: 1, late: 1, skipped: 0 });
    const [job] = await scheduler.queue.getWaiting();
    expect(job.data.deadline).toMatchObject({ id: 'reminder-P1D', missed: true });

    expect(await scheduler.reconcile('hearing-1', [missed])).toMatchObject({ added: 0, late: 0 });
    expect(await jobsOf()).toHaveLength(1);
  });

  it('audits what Redis lost: the mark of the last full reconcile and every indexed job', async () => {
    expect(await scheduler.audit()).toEqual({ rebuilt: false, indexedJobs: 0, missingJobs: 0 });
    const wanted = [
      deadline('hearing-1', 'input', at(HOUR)),
      deadline('hearing-1', 'response', at(2 * HOUR)),
    ];
    await scheduler.reconcileAll([{ streamId: 'hearing-1', deadlines: wanted }]);
    expect(await scheduler.audit()).toEqual({ rebuilt: true, indexedJobs: 2, missingJobs: 0 });

    await scheduler.queue.remove(deadlineJobId('hearing-1', wanted[0]));
    expect(await scheduler.audit()).toEqual({ rebuilt: true, indexedJobs: 2, missingJobs: 1 });

    await deleteKeys(redis, prefix);
    expect(await scheduler.audit()).toEqual({ rebuilt: false, indexedJobs: 0, missingJobs: 0 });
  });

  it('keeps a scheduled reminder that came due before a worker took it', async () => {
    const reminder = deadline('hearing-1', 'reminder-PT1H', at(HOUR), 'reminder');
    await scheduler.reconcile('hearing-1', [reminder]);
    clock.set(new Date(t0 + 2 * HOUR));
    try {
      const result = await scheduler.reconcile('hearing-1', [reminder]);
      expect(result).toEqual({ added: 0, removed: 0, skipped: 0, late: 0, busy: 0, retried: 0, outdated: 0 });
      expect(await jobsOf()).toHaveLength(1);
    } finally {
      clock.set(new Date(t0));
    }
  });

  it('restores every job after the Redis keys were flushed', async () => {
    const streams = [1, 2, 3].map((n) => ({
      streamId: `hearing-${n}`,
      deadlines: [
        deadline(`hearing-${n}`, 'input', at(HOUR)),
        deadline(`hearing-${n}`, 'response', at(2 * HOUR)),
      ],
    }));
    await scheduler.reconcileAll(streams);
    const before = (await jobsOf()).map((job) => job.id).sort();

    expect(await deleteKeys(redis, prefix)).toBeGreaterThan(0);
    expect(await jobsOf()).toHaveLength(0);

    const result = await scheduler.reconcileAll(streams);
    expect(result.added).toBe(6);
    expect((await jobsOf()).map((job) => job.id).sort()).toEqual(before);
  });

  it('restores jobs removed behind its back even when its index survived', async () => {
    const wanted = [deadline('hearing-1', 'input', at(HOUR))];
    await scheduler.reconcile('hearing-1', wanted);
    await scheduler.queue.remove(deadlineJobId('hearing-1', wanted[0]));

    await scheduler.reconcile('hearing-1', wanted);
    expect(await jobsOf()).toHaveLength(1);
  });

  it('reconcileAll removes the jobs of indexed streams it was not given', async () => {
    await scheduler.reconcile('hearing-1', [deadline('hearing-1', 'input', at(HOUR))]);
    await scheduler.reconcile('hearing-closed', [deadline('hearing-closed', 'input', at(HOUR))]);

    async function* open() {
      yield { streamId: 'hearing-1', deadlines: [deadline('hearing-1', 'input', at(HOUR))] };
    }
    const result = await scheduler.reconcileAll(open());

    expect(result.removed).toBe(1);
    expect((await jobsOf()).map((job) => job.id)).toEqual([
      deadlineJobId('hearing-1', { id: 'input', dueAt: at(HOUR) }),
    ]);
    expect(await redis.smembers(`${prefix}:deadlines:deadline-streams`)).toEqual(['hearing-1']);
  });

  it('reconcileAll leaves alone an unlisted stream another scheduler reconciled after the listing began', async () => {
    const connection = createRedisConnection(redisUrlFromEnv(), 'client');
    const other = new DeadlineScheduler({ connection, prefix, clock });
    try {
      await scheduler.reconcile('hearing-closed', [deadline('hearing-closed', 'input', at(HOUR))]);
      const listedAt = await scheduler.serverTime();
      // Opened after our listing was read (so not in it), and scheduled by another process.
      await other.reconcile('hearing-new', [deadline('hearing-new', 'input', at(HOUR))]);

      const result = await scheduler.reconcileAll([], { listedAt });

      expect(result).toMatchObject({ removed: 1, outdated: 1 });
      expect((await jobsOf()).map((job) => job.id)).toEqual([
        deadlineJobId('hearing-new', { id: 'input', dueAt: at(HOUR) }),
      ]);
    } finally {
      await other.close();
      connection.disconnect();
    }
  });

  it('never doubles a job when several schedulers reconcile the same streams at once', async () => {
    const connections = [0, 1, 2].map(() => createRedisConnection(redisUrlFromEnv(), 'client'));
    const schedulers = connections.map(
      (connection) => new DeadlineScheduler({ connection, prefix, clock, parallelStreams: 4 }),
    );
    const streams = Array.from({ length: 20 }, (_, n) => ({
      streamId: `hearing-${n}`,
      deadlines: Array.from({ length: 10 }, (_, d) => deadline(`hearing-${n}`, `d${d}`, at(HOUR + d * 1000))),
    }));
    try {
      await Promise.all(schedulers.flatMap((s) => [s.reconcileAll(streams), s.reconcileAll(streams)]));

      const jobs = await jobsOf();
      expect(jobs).toHaveLength(200);
      expect(new Set(jobs.map((job) => job.id)).size).toBe(200);
      expect(await scheduler.queue.getDelayedCount()).toBe(200);
    } finally {
      await Promise.all(schedulers.map((s) => s.close()));
      connections.forEach((c) => c.disconnect());
    }
  });

  it('leaves one job per deadline when schedulers race with different due times for it', async () => {
    const connection = createRedisConnection(redisUrlFromEnv(), 'client');
    const other = new DeadlineScheduler({ connection, prefix, clock });
    try {
      for (let round = 0; round < 20; round++) {
        await Promise.all([
          scheduler.reconcile('hearing-1', [deadline('hearing-1', 'input', at(HOUR + round))]),
          other.reconcile('hearing-1', [deadline('hearing-1', 'input', at(2 * HOUR + round))]),
        ]);
        expect(await jobsOf()).toHaveLength(1);
      }
    } finally {
      await other.close();
      connection.disconnect();
    }
  });

  it('ignores a reconcile from an older stream version than one already applied', async () => {
    await scheduler.reconcile('hearing-1', [deadline('hearing-1', 'input', at(2 * HOUR))], { version: 6 });

    const result = await scheduler.reconcile('hearing-1', [deadline('hearing-1', 'input', at(HOUR))], {
      version: 5,
    });

    expect(result.outdated).toBe(1);
    expect((await jobsOf()).map((job) => job.delay)).toEqual([2 * HOUR]);
    await scheduler.reconcile('hearing-1', [deadline('hearing-1', 'input', at(3 * HOUR))], { version: 7 });
    expect((await jobsOf()).map((job) => job.delay)).toEqual([3 * HOUR]);
  });

  it('keeps the first of two deadlines listed under one id, rather than two jobs', async () => {
    await scheduler.reconcile('hearing-1', [
      deadline('hearing-1', 'input', at(HOUR)),
      deadline('hearing-1', 'input', at(2 * HOUR)),
    ]);
    expect((await jobsOf()).map((job) => job.delay)).toEqual([HOUR]);
  });

  it('reconcileAll goes on past a stream that fails, then reports it', async () => {
    const streams = [
      { streamId: 'hearing-1', deadlines: [deadline('hearing-2', 'input', at(HOUR))] },
      { streamId: 'hearing-3', deadlines: [deadline('hearing-3', 'input', at(HOUR))] },
    ];
    await expect(scheduler.reconcileAll(streams)).rejects.toThrow(
      /1 stream\(s\) not reconciled, first hearing-1/,
    );
    expect((await jobsOf()).map((job) => job.id)).toEqual([
      deadlineJobId('hearing-3', { id: 'input', dueAt: at(HOUR) }),
    ]);
  });

  it('reconcileAll removes nothing when the listing itself fails', async () => {
    await scheduler.reconcile('hearing-1', [deadline('hearing-1', 'input', at(HOUR))]);
    async function* broken(): AsyncGenerator<{ streamId: string; deadlines: Deadline[] }> {
      yield* [];
      throw new Error('event store down');
    }
    await expect(scheduler.reconcileAll(broken())).rejects.toThrow(/event store down/);
    expect(await jobsOf()).toHaveLength(1);
  });

  it('refuses a deadline of another stream', async () => {
    await expect(
      scheduler.reconcile('hearing-1', [deadline('hearing-2', 'input', at(HOUR))]),
    ).rejects.toThrow(/belongs to hearing-2/);
  });
});

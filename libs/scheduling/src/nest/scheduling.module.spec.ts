import { Injectable, Module, type INestApplicationContext, type OnModuleInit } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deadline } from '../deadline';
import type { FiredDeadline } from '../deadline-job';
import { DeadlineScheduler } from '../deadline-scheduler';
import { ensureRedis } from '../ensure-redis';
import { createRedisConnection, redisUrlFromEnv } from '../redis-connection';
import { deleteKeys, testPrefix } from '../testing/redis-test-prefix';
import { sleep, waitFor } from '../testing/wait-for';
import { DeadlineDispatcher } from './deadline-dispatcher';
import { DeadlineWorkerHost } from './deadline-worker-host';
import { RedisHealth } from './redis-health';
import { SchedulingConnections } from './scheduling-connections';
import { SchedulingModule } from './scheduling.module';
import type { SchedulingModuleOptions } from './scheduling-options';

const fired: FiredDeadline[] = [];

/** A feature module as the app has them: it registers its scheduled commands on init. */
@Injectable()
class HearingDeadlines implements OnModuleInit {
  constructor(private readonly dispatcher: DeadlineDispatcher) {}
  onModuleInit(): void {
    this.dispatcher.register('IssueHearingReminders', async (job) => {
      fired.push(job);
    });
  }
}

@Module({ providers: [HearingDeadlines] })
class HearingsFeature {}

const pastDeadline = (type: string): Deadline => ({
  id: `d-${type}`,
  streamId: 'hearing-1',
  dueAt: new Date(Date.now() - 1000).toISOString(),
  kind: 'deadline',
  command: { type, data: {} },
});

describe('SchedulingModule (real Redis, real worker)', () => {
  const prefix = testPrefix('module');
  let app: INestApplicationContext | undefined;

  async function boot(options: Partial<SchedulingModuleOptions> = {}) {
    const moduleRef = await Test.createTestingModule({
      imports: [
        SchedulingModule.forRoot({ redisUrl: redisUrlFromEnv(), prefix, ...options }),
        HearingsFeature,
      ],
    }).compile();
    app = moduleRef;
    await moduleRef.init();
    return moduleRef;
  }

  afterEach(async () => {
    fired.length = 0;
    await app?.close();
    app = undefined;
    const redis = createRedisConnection(redisUrlFromEnv(), 'client');
    await deleteKeys(redis, prefix);
    redis.disconnect();
  });

  it('runs a registered command type when its job fires, and closes everything on shutdown', async () => {
    const moduleRef = await boot();
    expect(moduleRef.get(DeadlineWorkerHost).running).toBe(true);

    await moduleRef.get(DeadlineScheduler).reconcile('hearing-1', [pastDeadline('IssueHearingReminders')]);
    await waitFor(() => fired.length === 1, 3_000, 'the registered handler');
    expect(fired[0].deadline.command.type).toBe('IssueHearingReminders');

    const connections = moduleRef.get(SchedulingConnections);
    const client = connections.client;
    await moduleRef.close();
    app = undefined;
    await waitFor(() => client.status === 'end', 1_000, 'the client connection to end');
  });

  it('fails a job whose command type nobody registered', async () => {
    const moduleRef = await boot({ attempts: 1 });
    const scheduler = moduleRef.get(DeadlineScheduler);

    await scheduler.reconcile('hearing-1', [pastDeadline('NobodyKnowsThis')]);
    await waitFor(async () => (await scheduler.queue.getFailedCount()) === 1, 3_000, 'the job to fail');
    const [job] = await scheduler.queue.getFailed();
    expect(job.failedReason).toMatch(/no handler for deadline command NobodyKnowsThis/);
  });

  it('refuses a second handler for one command type', async () => {
    const moduleRef = await boot({ runWorkers: false });
    expect(() =>
      moduleRef.get(DeadlineDispatcher).register('IssueHearingReminders', async () => undefined),
    ).toThrow(/already has a handler/);
  });

  it('runs no worker with runWorkers: false', async () => {
    const moduleRef = await boot({ runWorkers: false });
    const scheduler = moduleRef.get(DeadlineScheduler);
    expect(moduleRef.get(DeadlineWorkerHost).running).toBe(false);

    await scheduler.reconcile('hearing-1', [pastDeadline('IssueHearingReminders')]);
    await sleep(300);
    expect(fired).toHaveLength(0);
    expect(await scheduler.queue.getWaitingCount()).toBe(1);
  });

  it('RedisHealth answers true while Redis is up, and false fast once it is gone', async () => {
    const port = await new Promise<number>((done) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => done(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const url = `redis://127.0.0.1:${port}`;
    const dataDir = mkdtempSync(join(tmpdir(), 'redis-health-'));
    const redis = await ensureRedis({ url, dataDir });
    try {
      const moduleRef = await boot({ redisUrl: url, runWorkers: false });
      const health = moduleRef.get(RedisHealth);
      await waitFor(() => health.ping(), 2_000, 'the first pong');

      await redis.stop();
      const started = Date.now();
      expect(await health.ping()).toBe(false);
      expect(Date.now() - started).toBeLessThan(700);

      const again = await ensureRedis({ url, dataDir });
      try {
        await waitFor(() => health.ping(), 5_000, 'the probe to reconnect');
      } finally {
        await again.stop();
      }
    } finally {
      await redis.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 15_000);
});

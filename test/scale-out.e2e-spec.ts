/**
 * README "Past one machine" as drawn: two API processes started with RUN_WORKERS=false behind
 * (here: beside) each other and one worker process (apps/worker), on one PostgreSQL schema and
 * one Redis prefix. The API processes run no BullMQ worker; the worker process alone follows the
 * log into BullMQ and fires the deadlines, each reminder once; each API process still answers
 * its own writes in its lists (read-your-writes).
 */
import { Client } from 'pg';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { DEFAULT_DEADLINE_QUEUE } from '@app/scheduling';
import { hearingBurst } from './support/hearing-burst';
import { AppProcess, call, freshAppState, seedCouncilOverHttp } from './support/process-harness';
import { eventually } from './support/eventually';
import { dropTestState, TEST_DATABASE_URL, TEST_REDIS_URL } from './support/test-app';

const HEARINGS = 6;

describe('API processes without workers beside one worker process', () => {
  const state = freshAppState('postgres', 'split');
  const councilId = 'split-council';
  let apis: AppProcess[] = [];
  let worker: AppProcess | undefined;
  let pg: Client;
  let redis: Redis;
  let queue: Queue;

  beforeAll(async () => {
    const apiOnly = { ...state, env: { RUN_WORKERS: 'false' } };
    apis = await Promise.all([AppProcess.start(apiOnly), AppProcess.start(apiOnly)]);
    pg = new Client({ connectionString: TEST_DATABASE_URL });
    await pg.connect();
    redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue(DEFAULT_DEADLINE_QUEUE, { connection: redis, prefix: state.redisPrefix });
    await seedCouncilOverHttp(apis[0].url, councilId, ['anna', 'bo']);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([...apis, ...(worker ? [worker] : [])].map((p) => p.kill()));
    await queue?.close();
    redis?.disconnect();
    await pg?.end();
    await dropTestState({ schema: state.schema, redisPrefix: state.redisPrefix, dataDir: state.dataDir });
  });

  const hearings = () =>
    hearingBurst(pg, state.schema, councilId, () => apis.map((api) => api.log()).join('\n'));

  it('the API processes run no deadline worker; the worker process does', async () => {
    expect(await queue.getWorkers()).toEqual([]);
    worker = await AppProcess.start(state, { entry: 'worker' });
    await eventually(async () => (await queue.getWorkers()).length > 0, {
      what: 'the worker process’s BullMQ worker',
    });
  }, 120_000);

  it('writes through either API process are in its own list at once, and reminded once by the worker', async () => {
    // Reminders at +10 s: every opening and input comes first, even on a loaded machine.
    const inputDeadline = Date.now() + 15_000;
    const ids = Array.from({ length: HEARINGS }, (_, i) => `split-${i}`);
    for (const [i, id] of ids.entries()) {
      const api = apis[i % 2];
      await hearings().open(api.url, id, inputDeadline, 5, i % 2 === 0 ? apis[(i + 1) % 2].url : undefined);
      const listed = await call(`${api.url}${hearings().hearingsPath}`, { headers: hearings().secretary });
      expect((listed.body as { id: string }[]).some((row) => row.id === id)).toBe(true);
    }
    await hearings().expectRemindedOnce(ids);
  }, 90_000);
});

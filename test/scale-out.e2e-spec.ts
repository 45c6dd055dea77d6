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
import { AppProcess, bearer, call, freshAppState, seedCouncilOverHttp } from './support/process-harness';
import { eventually } from './support/eventually';
import { dropTestState, TEST_DATABASE_URL, TEST_REDIS_URL } from './support/test-app';

const HEARINGS = 6;
const iso = (ms: number) => new Date(ms).toISOString();

describe('API processes without workers beside one worker process', () => {
  const state = freshAppState('postgres', 'split');
  const councilId = 'split-council';
  const hearingsPath = `/api/councils/${councilId}/hearings`;
  const secretary = bearer({ personId: 'sofie', role: 'secretary', councilId });
  const anna = bearer({ personId: 'anna', role: 'member', councilId });
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

  const eventsOf = async (streamId: string) =>
    (
      await pg.query<{ type: string; data: Record<string, unknown> }>(
        `SELECT type, data FROM "${state.schema}".events WHERE stream_id = $1 ORDER BY revision`,
        [streamId],
      )
    ).rows;

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
      const opened = await call(`${api.url}${hearingsPath}`, {
        method: 'POST',
        headers: secretary,
        body: {
          id,
          title: `Høring ${id}`,
          issuingBody: 'Region Hovedstaden',
          responseDeadline: iso(inputDeadline + 600_000),
          inputDeadline: iso(inputDeadline),
          reminderOffsets: ['PT5S'],
        },
      });
      expect([opened.status, opened.body]).toEqual([201, expect.anything()]);
      const listed = await call(`${api.url}${hearingsPath}`, { headers: secretary });
      expect((listed.body as { id: string }[]).some((row) => row.id === id)).toBe(true);
      if (i % 2 === 0) {
        const given = await call(`${apis[(i + 1) % 2].url}${hearingsPath}/${id}/inputs`, {
          method: 'POST',
          headers: anna,
          body: { text: `Input til ${id}` },
        });
        expect(given.status).toBe(200);
      }
    }
    await eventually(
      async () => {
        for (const id of ids)
          if (!(await eventsOf(`hearing-${id}`)).some((e) => e.type === 'InputDeadlinePassed')) return false;
        return true;
      },
      { timeoutMs: 40_000, intervalMs: 250, what: 'every input deadline to pass' },
    );
    for (const [i, id] of ids.entries()) {
      const events = await eventsOf(`hearing-${id}`);
      const reminders = events.filter((e) => e.type === 'RemindersIssued');
      expect({ id, reminders: reminders.map((e) => e.data.recipients) }).toEqual({
        id,
        reminders: [i % 2 === 0 ? ['bo'] : ['anna', 'bo']],
      });
      expect(events.filter((e) => e.type === 'InputDeadlinePassed')).toHaveLength(1);
    }
  }, 90_000);
});

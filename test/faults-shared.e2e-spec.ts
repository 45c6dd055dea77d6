/**
 * Issue 8, past one machine: two app processes (API, BullMQ workers, deadline follower and read
 * models in each) share one PostgreSQL schema and one Redis prefix. A burst of commands through
 * both, and deadlines falling due, give every reminder exactly once and read models equal to a
 * full replay. Then Redis loses every key while deadlines are pending: `deadlines reconcile` (the
 * CLI) brings them back and each reminder still fires once.
 */
import { Client } from 'pg';
import {
  AppProcess,
  bearer,
  call,
  freshAppState,
  runCli,
  seedCouncilOverHttp,
} from './support/process-harness';
import { eventually, sleep } from './support/eventually';
import { hearingBurst } from './support/hearing-burst';
import { compareWithFullReplay } from './support/read-model-replay';
import { deleteRedisPrefix, dropTestState, TEST_DATABASE_URL, TEST_REDIS_URL } from './support/test-app';
import Redis from 'ioredis';
import { caseStreamId } from '@app/kernel';

const HEARINGS = 12;
const iso = (ms: number) => new Date(ms).toISOString();

describe('two app processes on one PostgreSQL schema and one Redis prefix', () => {
  const state = freshAppState('postgres', 'shared');
  const councilId = 'shared-council';
  const hearingsPath = `/api/councils/${councilId}/hearings`;
  const secretary = bearer({ personId: 'sofie', role: 'secretary', councilId });
  let apps: AppProcess[] = [];
  let pg: Client;

  beforeAll(async () => {
    apps = await Promise.all([AppProcess.start(state), AppProcess.start(state)]);
    pg = new Client({ connectionString: TEST_DATABASE_URL });
    await pg.connect();
    await seedCouncilOverHttp(apps[0].url, councilId, ['anna', 'bo']);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.kill()));
    await pg?.end();
    await dropTestState({ schema: state.schema, redisPrefix: state.redisPrefix, dataDir: state.dataDir });
  });

  const hearings = () =>
    hearingBurst(pg, state.schema, councilId, () => apps.map((app) => app.log()).join('\n'));

  /** Opens hearings through both processes at once, alternating; anna gives input to every other one. */
  const burst = async (tag: string, inputDeadlineMs: number, remindBeforeS: number) => {
    const ids = Array.from({ length: HEARINGS }, (_, i) => `${tag}-${i}`);
    await Promise.all(
      ids.map((id, i) =>
        hearings().open(
          apps[i % 2].url,
          id,
          inputDeadlineMs,
          remindBeforeS,
          i % 2 === 0 ? apps[(i + 1) % 2].url : undefined,
        ),
      ),
    );
    return ids;
  };

  const expectRemindedOnce = (ids: string[], timeoutMs?: number) =>
    hearings().expectRemindedOnce(ids, timeoutMs);

  it('a burst through both gives every reminder once, and read models equal a full replay', async () => {
    const ids = await burst('burst', Date.now() + 12_000, 5);
    await expectRemindedOnce(ids);

    // Both processes list every hearing (each serves reads from the one shared read model).
    for (const app of apps) {
      const listed = await call(`${app.url}${hearingsPath}`, { headers: secretary });
      expect((listed.body as { id: string }[]).map((row) => row.id).sort()).toEqual(
        expect.arrayContaining(ids),
      );
    }
    const { tables, differences } = await compareWithFullReplay(state.schema);
    expect(tables).toContain('hearing_list');
    expect(differences).toEqual({});
  }, 120_000);

  it('read-your-writes holds through either process: a write answered by one is in its list at once', async () => {
    for (let i = 0; i < 10; i++) {
      const app = apps[i % 2];
      const id = `ryw-${i}`;
      const opened = await call(`${app.url}${hearingsPath}`, {
        method: 'POST',
        headers: secretary,
        body: {
          id,
          title: `Høring ${id}`,
          issuingBody: 'Region',
          responseDeadline: iso(Date.now() + 3_600_000),
        },
      });
      expect(opened.status).toBe(201);
      const listed = await call(`${app.url}${hearingsPath}`, { headers: secretary });
      expect({ id, listed: (listed.body as { id: string }[]).some((row) => row.id === id) }).toEqual({
        id,
        listed: true,
      });
    }
  }, 60_000);

  it('after Redis loses every key, the reconcile brings the pending deadlines back and each reminder fires once', async () => {
    // The reminders must fall due after the flush and the reconcile. How long those take depends
    // on the machine's load (18 s was too little at a load of 15 on 2 cores, 45 s at a load of 20),
    // so a round whose reconcile came after its reminders is not a verdict on the reconcile (a
    // reminder reconciled after its deadline is sent late, which is another test's case): the
    // test tries again with twice the lead, on fresh hearings.
    for (const [round, leadMs] of [45_000, 90_000, 180_000].entries()) {
      const remindAt = Date.now() + leadMs;
      const inputDeadline = remindAt + 12_000;
      const ids = await burst(`flush${round}`, inputDeadline, 12);
      await flushRedisOnceScheduled(ids);
      const cli = await runCli(state, ['deadlines', 'reconcile']);
      if (Date.now() >= remindAt && round < 2) continue;
      expect({ code: cli.code, output: cli.output }).toEqual({
        code: 0,
        output: expect.stringMatching(/reconciled \d+ streams: [1-9]\d* jobs added/),
      });
      expect({ reconciledBeforeTheReminders: Date.now() < remindAt }).toEqual({
        reconciledBeforeTheReminders: true,
      });
      await expectRemindedOnce(ids, inputDeadline - Date.now() + 40_000);
      return;
    }
  }, 600_000);

  /** Waits until the followers have scheduled every job of `ids`, then deletes every key of this suite's prefix. */
  async function flushRedisOnceScheduled(ids: string[]): Promise<void> {
    const redis = new Redis(TEST_REDIS_URL);
    try {
      // The followers have scheduled all of them (four jobs a hearing: two deadlines, two reminders)...
      await eventually(
        async () => {
          const delayed = await redis.zrange(`${state.redisPrefix}:deadlines:delayed`, 0, -1);
          const reconciling = await redis.keys(`${state.redisPrefix}:*deadline-lock*`);
          return (
            reconciling.length === 0 &&
            ids.every(
              (id) =>
                delayed.filter((job) => job.includes(`|${caseStreamId('hearing', councilId, id)}|`))
                  .length === 4,
            )
          );
        },
        { what: 'every delayed job in Redis, and no reconcile running' },
      );
      // The followers are done with the burst (the last inputs also reconcile their hearings).
      await sleep(1000);
      expect(await redis.keys(`${state.redisPrefix}:*deadline-lock*`)).toEqual([]);
      await deleteRedisPrefix(state.redisPrefix);
      // ...and now nothing is left of them (a FLUSHALL limited to this suite's prefix).
      expect(await redis.keys(`${state.redisPrefix}:*`)).toEqual([]);
    } finally {
      redis.disconnect();
    }
  }
});

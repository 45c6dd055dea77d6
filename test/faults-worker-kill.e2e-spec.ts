/**
 * Issue 8, "a worker is killed while a reminder job runs": the app runs as a child process whose
 * PostgreSQL connection goes through a TCP proxy. Just before a reminder falls due the proxy turns
 * into a black hole, so the job that fires hangs mid-run (BullMQ holds it as active); the process
 * is then killed with SIGKILL. After a restart, BullMQ's stalled-job check hands the job to the
 * new worker (DEADLINE_LOCK_MS shortens its 30 s lock for the test) and the reminder is recorded
 * exactly once.
 */
import Redis from 'ioredis';
import { Client } from 'pg';
import { AppProcess, bearer, call, freshAppState, seedCouncilOverHttp } from './support/process-harness';
import { eventually, sleep } from './support/eventually';
import { TcpProxy } from './support/tcp-proxy';
import { dropTestState, TEST_DATABASE_URL, TEST_REDIS_URL } from './support/test-app';
import { caseStreamId } from '@app/kernel';

const iso = (ms: number) => new Date(ms).toISOString();

describe('a worker killed while a reminder job runs', () => {
  const base = freshAppState('postgres', 'killjob');
  let proxy: TcpProxy;
  let app: AppProcess | undefined;
  let pg: Client;
  let redis: Redis;

  beforeAll(async () => {
    proxy = await TcpProxy.start(5432);
    pg = new Client({ connectionString: TEST_DATABASE_URL });
    await pg.connect();
    redis = new Redis(TEST_REDIS_URL);
  });

  afterAll(async () => {
    await app?.kill();
    proxy?.up();
    await proxy?.close();
    await pg?.end();
    redis?.disconnect();
    await dropTestState({ schema: base.schema, redisPrefix: base.redisPrefix, dataDir: base.dataDir });
  });

  it('records the reminder exactly once after a restart', async () => {
    const state = {
      ...base,
      databaseUrl: `postgres://postgres@127.0.0.1:${proxy.port}/test`,
      env: { DEADLINE_LOCK_MS: '1000' },
    };
    app = await AppProcess.start(state);
    const councilId = 'kill-council';
    await seedCouncilOverHttp(app.url, councilId, ['anna', 'bo']);
    const remindAt = Date.now() + 5000;
    const opened = await call(`${app.url}/api/councils/${councilId}/hearings`, {
      method: 'POST',
      headers: bearer({ personId: 'sofie', role: 'secretary', councilId }),
      body: {
        id: 'h-kill',
        title: 'Høring',
        issuingBody: 'Region Hovedstaden',
        // Far enough that the reminder still applies after the restart.
        inputDeadline: iso(remindAt + 120_000),
        responseDeadline: iso(remindAt + 600_000),
        reminderOffsets: ['PT120S'],
      },
    });
    expect(opened.status).toBe(201);
    const key = (name: string) => `${base.redisPrefix}:deadlines:${name}`;
    await eventually(async () => (await redis.zcard(key('delayed'))) > 0, {
      what: 'the delayed reminder job',
    });

    await sleep(Math.max(0, remindAt - 800 - Date.now()));
    proxy.down('blackhole');
    // The job has fired and hangs on PostgreSQL: BullMQ holds it as active, under this process's lock.
    await eventually(async () => (await redis.llen(key('active'))) > 0, {
      timeoutMs: 10_000,
      what: 'the reminder job to be running',
    });
    await app.kill('SIGKILL');
    proxy.up();

    const reminders = async () =>
      (
        await pg.query(
          `SELECT data FROM "${base.schema}".events WHERE stream_id = $1 AND type = 'RemindersIssued'`,
          [caseStreamId('hearing', 'kill-council', 'h-kill')],
        )
      ).rows as { data: { deadline: string; recipients: string[] } }[];
    expect(await reminders()).toEqual([]);

    app = await AppProcess.start(state);
    await eventually(async () => (await reminders()).length > 0, {
      timeoutMs: 30_000,
      what: 'the reminder after the restart',
    });
    // Give a second run (if there were one) the time to record a duplicate.
    await eventually(async () => (await redis.llen(key('active'))) === 0, { what: 'no job running' });
    await sleep(2000);
    expect((await reminders()).map((r) => r.data)).toEqual([
      expect.objectContaining({ deadline: 'input', recipients: ['anna', 'bo'] }),
    ]);
  }, 120_000);
});

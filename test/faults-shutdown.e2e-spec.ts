/**
 * Issue 20, item 13: a process whose PostgreSQL and Redis stopped answering (a black hole: the
 * sockets stay open, nothing comes back) still exits on SIGTERM within SHUTDOWN_GRACE_MS, by
 * itself, and every write it acknowledged before is there after a restart. Before, closing
 * waited for ever on sockets that never close (the pool's connections, the LISTEN connection,
 * BullMQ's blocking client), and only an orchestrator's SIGKILL ended it.
 */
import {
  AppProcess,
  bearer,
  call,
  freshAppState,
  seedCouncilOverHttp,
  type AppProcessOptions,
} from './support/process-harness';
import { eventually } from './support/eventually';
import { TcpProxy } from './support/tcp-proxy';
import { dropTestState, TEST_DATABASE_URL, TEST_REDIS_URL } from './support/test-app';

const GRACE_MS = 3_000;

describe('SIGTERM after a network fault', () => {
  let pg: TcpProxy;
  let redis: TcpProxy;
  let app: AppProcess | undefined;
  const state: AppProcessOptions = {
    ...freshAppState('postgres', 'shutdown'),
    env: { SHUTDOWN_GRACE_MS: String(GRACE_MS) },
  };

  beforeAll(async () => {
    pg = await TcpProxy.start(5432);
    redis = await TcpProxy.start(6379);
  });

  afterAll(async () => {
    await app?.kill();
    await pg?.close();
    await redis?.close();
    await dropTestState({ schema: state.schema, redisPrefix: state.redisPrefix, dataDir: state.dataDir });
  }, 60_000);

  it('exits within the grace period by itself, and loses no acknowledged write', async () => {
    const proxied: AppProcessOptions = {
      ...state,
      databaseUrl: TEST_DATABASE_URL.replace(':5432/', `:${pg.port}/`),
      redisUrl: TEST_REDIS_URL.replace(':6379', `:${redis.port}`),
    };
    app = await AppProcess.start(proxied);
    const councilId = 'shutdown';
    await seedCouncilOverHttp(app.url, councilId, ['anna']);
    const secretary = bearer({ personId: 'sofie', role: 'secretary', councilId });
    const hearing = (id: string) => ({
      id,
      title: `Høring ${id}`,
      issuingBody: 'Region Hovedstaden',
      responseDeadline: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const acknowledged: string[] = [];
    for (const id of ['h1', 'h2', 'h3']) {
      const res = await call(`${app.url}/api/councils/${councilId}/hearings`, {
        method: 'POST',
        headers: secretary,
        body: hearing(id),
      });
      if (res.status === 201) acknowledged.push(id);
    }
    expect(acknowledged).toHaveLength(3);

    pg.down('blackhole');
    redis.down('blackhole');
    const running = app;
    await eventually(async () => (await call(`${running.url}/health`)).status === 503, {
      timeoutMs: 10_000,
      what: '/health to see the outage',
    });
    // A write in flight when the signal comes: it can only fail, never be acknowledged and lost.
    const inFlight = call(`${app.url}/api/councils/${councilId}/hearings`, {
      method: 'POST',
      headers: secretary,
      body: hearing('h4'),
    }).catch(() => undefined);

    const started = Date.now();
    await app.stop(GRACE_MS + 20_000);
    const took = Date.now() - started;
    expect({ exit: app.exit, log: app.exit?.signal ? app.log() : '' }).toMatchObject({
      exit: { signal: null },
    });
    expect(took).toBeLessThan(GRACE_MS + 2_000);
    const last = await inFlight;
    if (last?.status === 201) acknowledged.push('h4');

    pg.up();
    redis.up();
    app = await AppProcess.start(state);
    for (const id of acknowledged) {
      const res = await call(`${app.url}/api/councils/${councilId}/hearings/${id}`, { headers: secretary });
      expect({ id, status: res.status }).toEqual({ id, status: 200 });
    }
  }, 120_000);
});

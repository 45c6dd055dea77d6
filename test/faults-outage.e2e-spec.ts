/**
 * Issue 8, "Redis or PostgreSQL goes away for a while": the app (in process, the same
 * `createApp` as `npm start`) reaches PostgreSQL and Redis through TCP proxies the test cuts and
 * restores; the machine's servers, shared with other suites, are never touched.
 *
 * - PostgreSQL away (connections refused, or a black hole where nothing answers): `/health` is
 *   503, writes and reads are 503 within a few seconds (not 500, not a hang), and once it is back
 *   the service works again by itself, read models included.
 * - Redis away: `/health` is 503 but writes are still accepted (the event store is the source of
 *   truth); once Redis is back the deadlines of what was written meanwhile are scheduled.
 */
import { DeadlineScheduler } from '@app/scheduling';
import { eventually, sleep } from './support/eventually';
import { TcpProxy } from './support/tcp-proxy';
import { expectRecovered } from './support/recovery';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';
import { caseStreamId } from '@app/kernel';

const WRITE_BOUND_MS = 8000;

describe('PostgreSQL or Redis goes away for a while', () => {
  let pg: TcpProxy;
  let redis: TcpProxy;
  let t: TestApp;
  const councilId = uniqueName('outage');
  let secretary: { Authorization: string };
  const hearings = `/api/councils/${councilId}/hearings`;
  const hearing = (id: string) => ({
    id,
    title: `Høring ${id}`,
    issuingBody: 'Region Hovedstaden',
    responseDeadline: new Date(Date.now() + 3_600_000).toISOString(),
  });
  const timed = async <T>(run: () => PromiseLike<T>): Promise<{ value: T; ms: number }> => {
    const started = Date.now();
    const value = await run();
    return { value, ms: Date.now() - started };
  };
  const health = async () => (await t.http.get('/health')).status;

  beforeAll(async () => {
    pg = await TcpProxy.start(5432);
    redis = await TcpProxy.start(6379);
    t = await startTestApp({
      env: {
        DATABASE_URL: `postgres://postgres@127.0.0.1:${pg.port}/test`,
        REDIS_URL: `redis://127.0.0.1:${redis.port}`,
      },
    });
    const admin = t.auth(t.token({ personId: 'admin-1', role: 'admin' }));
    secretary = t.auth(t.token({ personId: 'sofie', role: 'secretary', councilId }));
    await t.http.post('/api/councils').set(admin).send({ id: councilId, name: 'Udsatterådet' }).expect(201);
    await t.http
      .post(`/api/councils/${councilId}/members`)
      .set(secretary)
      .send({ personId: 'anna', name: 'Anna', organisation: 'SIND', email: 'anna@example.org' })
      .expect(201);
  }, 60_000);

  // Closing waits for in-flight work that met the outage (a query up to its 5 s timeout, a
  // deadline job, a retrying read model), which on a loaded CI machine took over jest's 30 s,
  // and twice in about thirty full runs over 120 s; we could not reproduce that, so a step still
  // running after 20 s says which one it is.
  afterAll(async () => {
    const step = async (name: string, run: () => Promise<unknown> | undefined) => {
      const started = Date.now();
      const slow = setInterval(
        () =>
          process.stderr.write(
            `faults-outage clean-up: ${name} still running after ${Date.now() - started} ms\n`,
          ),
        20_000,
      );
      try {
        await run();
      } finally {
        clearInterval(slow);
      }
    };
    pg?.up();
    redis?.up();
    await step('closing the app and dropping its schema and prefix', () => t?.close());
    await step('closing the PostgreSQL proxy', () => pg?.close());
    await step('closing the Redis proxy', () => redis?.close());
  }, 120_000);

  it.each(['reset', 'blackhole'] as const)(
    'PostgreSQL away (%s): 503 fast, then recovers by itself with its read models',
    async (mode) => {
      expect(await health()).toBe(200);
      pg.down(mode);

      const write = await timed(() =>
        t.http
          .post(hearings)
          .set(secretary)
          .send(hearing(uniqueName('h'))),
      );
      expect(write.value.status).toBe(503);
      expect(write.ms).toBeLessThan(WRITE_BOUND_MS);
      expect(JSON.stringify(write.value.body)).not.toMatch(/\bat .*\.(ts|js):\d+/);
      const read = await timed(() => t.http.get(`${hearings}/nope`).set(secretary));
      expect(read.value.status).toBe(503);
      expect(read.ms).toBeLessThan(WRITE_BOUND_MS);
      const probed = await timed(() => t.http.get('/health'));
      expect(probed.value.status).toBe(503);
      expect(probed.value.body).toMatchObject({ eventStore: 'down', redis: 'up' });
      expect(probed.ms).toBeLessThan(3000);
      // Long enough for every subscription (read models, deadline follower) to poll into the outage.
      await sleep(1500);

      pg.up();
      await expectRecovered(t, hearings, secretary, hearing);
    },
    60_000,
  );

  it('Redis away: 503 health, writes still accepted, deadlines scheduled once it is back', async () => {
    expect(await health()).toBe(200);
    redis.down('reset');
    await eventually(async () => (await health()) === 503, { timeoutMs: 5000, what: '/health 503' });
    expect((await t.http.get('/health')).body).toMatchObject({ eventStore: 'up', redis: 'down' });

    const id = uniqueName('h');
    const write = await timed(() => t.http.post(hearings).set(secretary).send(hearing(id)));
    expect(write.value.status).toBe(201);
    expect(write.ms).toBeLessThan(WRITE_BOUND_MS);
    await t.http.get(`${hearings}/${id}`).set(secretary).expect(200);

    redis.up();
    await eventually(async () => (await health()) === 200, { timeoutMs: 10_000, what: '/health 200' });
    const queue = t.app.get(DeadlineScheduler).queue;
    const jobs = await eventually(
      async () => {
        const found = (await queue.getDelayed()).filter(
          (job) => job.data.streamId === caseStreamId('hearing', councilId, id),
        );
        return found.length > 0 && found;
      },
      { timeoutMs: 15_000, what: 'the jobs of the hearing written while Redis was away' },
    );
    expect(jobs.map((job) => job.data.deadline.id)).toContain('response');
  }, 60_000);
});

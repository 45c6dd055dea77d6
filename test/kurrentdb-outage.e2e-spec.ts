/**
 * The app on KurrentDB (the in-memory protocol double, not a real server: see docs/kurrentdb.md)
 * while the server goes away for a while: `/health` and writes are 503, not 500 and not a hang,
 * and once the server is back the service works again by itself, read models included. A server
 * that accepts reads and never answers them makes a write 503 after the adapter's read deadline.
 */
import { KurrentDbDouble } from '@app/event-store/testing/kurrentdb-double/kurrentdb-double';
import { eventually, sleep } from './support/eventually';
import { expectRecovered } from './support/recovery';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const WRITE_BOUND_MS = 8000;

describe('KurrentDB (protocol double) goes away for a while', () => {
  let double: KurrentDbDouble;
  let t: TestApp;
  const councilId = uniqueName('kurrent');
  let secretary: { Authorization: string };
  const hearings = `/api/councils/${councilId}/hearings`;
  const hearing = (id: string) => ({
    id,
    title: `Høring ${id}`,
    issuingBody: 'Region Hovedstaden',
    responseDeadline: new Date(Date.now() + 3_600_000).toISOString(),
  });
  const health = async () => (await t.http.get('/health')).status;

  beforeAll(async () => {
    double = await KurrentDbDouble.start({ batchAppend: true });
    // Read models in a PostgreSQL schema of the suite's own, as in production.
    t = await startTestApp({
      runWorkers: false,
      env: { EVENT_STORE: 'kurrentdb', KURRENTDB_URL: double.url },
    });
    const admin = t.auth(t.token({ personId: 'admin-1', role: 'admin' }));
    secretary = t.auth(t.token({ personId: 'sofie', role: 'secretary', councilId }));
    await t.http.post('/api/councils').set(admin).send({ id: councilId, name: 'Udsatterådet' }).expect(201);
  }, 60_000);

  afterAll(async () => {
    await double?.restart();
    await t?.close();
    await double?.close();
  }, 60_000);

  it('503 while it is away, then recovers by itself with its read models', async () => {
    expect(await health()).toBe(200);
    await double.stop();

    const started = Date.now();
    const write = await t.http
      .post(hearings)
      .set(secretary)
      .send(hearing(uniqueName('h')));
    expect(write.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(WRITE_BOUND_MS);
    const probed = await t.http.get('/health');
    expect(probed.status).toBe(503);
    expect(probed.body).toMatchObject({ eventStore: 'down' });
    // Long enough for the read models' subscriptions to poll into the outage.
    await sleep(1500);

    await double.restart();
    await expectRecovered(t, hearings, secretary, hearing);
  }, 60_000);

  it('a server that accepts reads and never answers: the write is a 503 after the read deadline, not a hang', async () => {
    expect(await health()).toBe(200);
    double.failReads('hang');
    try {
      const started = Date.now();
      const write = await t.http
        .post(hearings)
        .set(secretary)
        .send(hearing(uniqueName('h')));
      expect(write.status).toBe(503);
      // The adapter's read deadline is 10 s.
      expect(Date.now() - started).toBeLessThan(15_000);
      expect((await t.http.get('/health')).status).toBe(503);
    } finally {
      double.failReads(undefined);
    }
    await eventually(async () => (await health()) === 200, { timeoutMs: 10_000, what: '/health 200' });
    await t.http
      .post(hearings)
      .set(secretary)
      .send(hearing(uniqueName('h')))
      .expect(201);
  }, 60_000);
});

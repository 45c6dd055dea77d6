/**
 * Issue 8, "a subscription is stopped mid-way and restarted": every read model the app registers,
 * fed by a ProjectionRunner in small batches, is stopped while it is part-way through the log and
 * started again by a new runner (as after a restart). Its tables end equal, row by row, to a full
 * replay into a fresh schema: nothing skipped, nothing applied twice.
 */
import {
  EventStore,
  PgSqlClient,
  ProjectionRegistry,
  ProjectionRunner,
  type Projection,
} from '@app/event-store';
import { eventually } from './support/eventually';
import { compareReadModelSchemas } from './support/read-model-replay';
import { dropTestState, startTestApp, TEST_DATABASE_URL, uniqueName, type TestApp } from './support/test-app';

describe('a projection runner stopped mid-way and restarted', () => {
  let t: TestApp;
  const restarted = uniqueName('restarted');
  const replayed = uniqueName('replayed');
  const clients: PgSqlClient[] = [];

  beforeAll(async () => {
    t = await startTestApp({ runWorkers: false });
  }, 60_000);

  afterAll(async () => {
    for (const client of clients) await client.close().catch(() => undefined);
    await dropTestState({ schema: restarted });
    await dropTestState({ schema: replayed });
    await t?.close();
  });

  const sqlFor = async (schema: string) => {
    const client = await PgSqlClient.connect({ connectionString: TEST_DATABASE_URL, schema });
    clients.push(client);
    return client;
  };

  it('ends equal to a full replay', async () => {
    // A log with councils, members, hearings, inputs and revisions, written through the API.
    const councilId = uniqueName('c');
    const admin = t.auth(t.token({ personId: 'admin-1', role: 'admin' }));
    const secretary = t.auth(t.token({ personId: 'sofie', role: 'secretary', councilId }));
    await t.http.post('/api/councils').set(admin).send({ id: councilId, name: 'Rådet' }).expect(201);
    for (const personId of ['anna', 'bo', 'carl'])
      await t.http
        .post(`/api/councils/${councilId}/members`)
        .set(secretary)
        // One member per organisation: appointing another from the same one replaces the first.
        .send({ personId, name: personId, organisation: `Org ${personId}`, email: `${personId}@example.org` })
        .expect(201);
    for (let i = 0; i < 16; i++) {
      const id = `h-${i}`;
      await t.http
        .post(`/api/councils/${councilId}/hearings`)
        .set(secretary)
        .send({
          id,
          title: `Høring ${i}`,
          issuingBody: 'Region',
          responseDeadline: '2031-01-28T23:59:00+01:00',
        })
        .expect(201);
      for (const personId of ['anna', 'bo'].slice(0, (i % 3) + 1)) {
        const member = t.auth(t.token({ personId, role: 'member', councilId }));
        await t.http
          .post(`/api/councils/${councilId}/hearings/${id}/inputs`)
          .set(member)
          .send({ text: `Input fra ${personId}` })
          .expect(200);
      }
      if (i % 4 === 0)
        await t.http
          .post(`/api/councils/${councilId}/hearings/${id}/declination`)
          .set(secretary)
          .send({ reason: 'Ikke relevant for rådet' });
    }

    const store = t.app.get(EventStore);
    const projections: readonly Projection[] = t.app.get(ProjectionRegistry).all();
    let head = -1;
    for (let page = await store.readAll({ after: -1, maxCount: 1000 }); page.length;) {
      head = page[page.length - 1].position;
      page = await store.readAll({ after: head, maxCount: 1000 });
    }
    expect(head).toBeGreaterThan(30);

    const sql = await sqlFor(restarted);
    const first = new ProjectionRunner(store, sql, projections, { batchSize: 3 });
    await first.start();
    await eventually(() => Object.values(first.status()).some((p) => p.position >= head / 3), {
      intervalMs: 5,
      what: 'the first runner to be a third of the way',
    });
    await first.stop();
    const stoppedAt = first.status();
    // It really stopped part-way: at least one read model had not reached the end of the log.
    expect(Object.values(stoppedAt).some((p) => p.position < head)).toBe(true);

    const second = new ProjectionRunner(store, sql, projections, { batchSize: 3 });
    await second.start();
    await second.waitFor(head, 30_000);
    await second.stop();

    const full = new ProjectionRunner(store, await sqlFor(replayed), projections);
    await full.start();
    await full.waitFor(head, 30_000);
    await full.stop();

    const { tables, differences } = await compareReadModelSchemas(restarted, replayed);
    expect(tables).toEqual(expect.arrayContaining(['hearing_list']));
    expect(differences).toEqual({});
  }, 90_000);
});

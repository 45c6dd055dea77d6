/**
 * Issue 20, item 1 on the real HTTP app: each council is its own namespace. The same id in two
 * councils is two cases (hearings, meetings, budget cycles and proposals, follow-ups), so nothing
 * about one council's cases can be learned from the other's: no 409 naming the other's case, no
 * "id is taken", no 201 that creates nothing. And a log written before the namespace (streams
 * `<category>-<id>`) still loads, takes new events in its own streams, and stays its council's.
 */
import { CommandBus } from '@nestjs/cqrs';
import { SEED_002 } from '@app/budget/testing/seed-002.fixture';
import { AggregateCommand, CommandExecutor, EventStore } from '@app/event-store';
import { hearingDescriptor } from '@app/hearings';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { caseStreamId } from '@app/kernel';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const DAY = 86_400_000;
const { remarks: _r, agreementText: _a, sdgs: _s, ...core } = SEED_002;

describe('each council its own namespace', () => {
  let t: TestApp;
  let store: EventStore;
  const A = uniqueName('ns-a');
  const B = uniqueName('ns-b');
  const inFuture = (days: number) => new Date(Date.now() + days * DAY).toISOString();
  const as = (
    councilId: string,
    personId = 'sofie',
    role: 'secretary' | 'chair' | 'member' = 'secretary',
  ) => {
    const auth = t.auth(t.token({ personId, role, councilId }));
    const path = (p: string) => `/api/councils/${councilId}${p}`;
    return {
      post: (p: string, body: object) => t.http.post(path(p)).set(auth).send(body),
      get: (p: string) => t.http.get(path(p)).set(auth),
    };
  };

  beforeAll(async () => {
    t = await startTestApp({ runWorkers: false });
    store = t.app.get(EventStore);
    for (const councilId of [A, B])
      await seedCouncil(t.app.get(CommandExecutor), councilId, {
        members: ['ole', 'kira'],
        chair: 'ole',
        secretary: 'sofie',
      });
  }, 60_000);
  afterAll(() => t?.close());

  /** Every kind of case, created under the same id `same` in `councilId`, titled after the council. */
  async function createEverything(councilId: string) {
    const s = as(councilId);
    const title = `Sag i ${councilId}`;
    await s
      .post('/hearings', { id: 'same', title, issuingBody: 'Region H', responseDeadline: inFuture(30) })
      .expect(201);
    await s.post('/hearings/same/drafts', { text: 'Svar' }).expect(200);
    await as(councilId, 'ole', 'chair').post('/hearings/same/sign-off', {}).expect(200);
    await s.post('/hearings/same/submission', { recipient: 'Region H' }).expect(200);
    await s.post('/meetings', { id: 'same', startsAt: inFuture(10), place: title }).expect(201);
    await s
      .post('/budget-cycles', {
        id: 'same',
        year: new Date().getFullYear() + 1,
        milestones: [{ kind: 'first-discussion', committee: title, date: inFuture(60) }],
      })
      .expect(201);
    await s.post('/budget-proposals', { id: 'same', cycleId: 'same', ...core, title }).expect(201);
    await s
      .post('/follow-ups', {
        id: 'same',
        title,
        responsible: 'Psykiatrien',
        phases: [{ id: 'fase-1', name: 'Fase 1', plannedStart: inFuture(1) }],
        implements: { kind: 'hearing', id: 'same' },
      })
      .expect(201);
  }

  it('takes the same id in two councils as two cases, each reading back its own', async () => {
    await createEverything(B);
    await createEverything(A);
    for (const councilId of [A, B]) {
      const s = as(councilId);
      const title = `Sag i ${councilId}`;
      expect((await s.get('/hearings/same').expect(200)).body).toMatchObject({ title, status: 'submitted' });
      expect((await s.get('/meetings/same').expect(200)).body).toMatchObject({ place: title });
      const cycle = (await s.get('/budget-cycles/same').expect(200)).body as {
        milestones: { committee: string }[];
      };
      expect(cycle.milestones[0].committee).toBe(title);
      expect((await s.get('/budget-proposals/same').expect(200)).body).toMatchObject({ title });
      expect((await s.get('/follow-ups/same').expect(200)).body).toMatchObject({ title });
      // The lists read models hold one row per council, not one for both.
      const hearings = (await s.get('/hearings').expect(200)).body as { id: string; title: string }[];
      expect(hearings.map((h) => [h.id, h.title])).toEqual([['same', title]]);
      const meetings = (await s.get('/meetings').expect(200)).body as { id: string; place: string }[];
      expect(meetings.map((m) => [m.id, m.place])).toEqual([['same', title]]);
      const chain = (await s.get('/follow-ups/same/chain').expect(200)).body as {
        nodes: { id: string; title?: string }[];
      };
      expect(chain.nodes.map((n) => n.title)).toEqual([title, title]);
    }
    for (const category of ['hearing', 'meeting', 'budgetCycle', 'budgetProposal', 'followUp'])
      for (const councilId of [A, B])
        expect((await store.readStream(caseStreamId(category, councilId, 'same'))).length).toBeGreaterThan(0);
  });

  it('reads a log written before the namespace, appends to its streams, and keeps it from other councils', async () => {
    // As the version before the namespace wrote it: the hearing's stream is `hearing-<id>`.
    const legacy = `hearing-${uniqueName('old')}`;
    const id = legacy.slice('hearing-'.length);
    await t.app.get(CommandBus).execute(
      new AggregateCommand(hearingDescriptor, legacy, {
        type: 'OpenHearing',
        data: {
          hearingId: id,
          title: 'Gammel høring',
          issuingBody: 'Region H',
          responseDeadline: inFuture(20),
        },
        metadata: {
          actor: { personId: 'sofie', role: 'secretary' },
          councilId: A,
          now: new Date().toISOString(),
          correlationId: 'legacy',
          causationId: 'legacy',
        },
      }),
    );
    expect((await as(A).get(`/hearings/${id}`).expect(200)).body).toMatchObject({ title: 'Gammel høring' });
    await as(A, 'kira', 'member').post(`/hearings/${id}/inputs`, { text: 'Stadig vigtig' }).expect(200);
    expect((await store.readStream(legacy)).map((e) => e.type)).toEqual([
      'HearingOpened',
      'HearingInputSubmitted',
    ]);
    expect(await store.readStream(caseStreamId('hearing', A, id))).toEqual([]);
    const listed = (await as(A).get('/hearings').expect(200)).body as { id: string }[];
    expect(listed.map((h) => h.id)).toContain(id);
    const history = (await as(A).get(`/hearings/${id}/history`).expect(200)).body as { events: unknown[] };
    expect(history.events).toHaveLength(2);

    // Another council neither sees it nor collides with it: the id is free there.
    await as(B).get(`/hearings/${id}`).expect(404);
    await as(B)
      .post('/hearings', {
        id,
        title: 'Ny høring i B',
        issuingBody: 'Region H',
        responseDeadline: inFuture(20),
      })
      .expect(201);
    expect((await as(B).get(`/hearings/${id}`).expect(200)).body).toMatchObject({ title: 'Ny høring i B' });
    expect((await as(A).get(`/hearings/${id}`).expect(200)).body).toMatchObject({ title: 'Gammel høring' });
  });
});

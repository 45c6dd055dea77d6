/**
 * Issue 20, item 8 on the real HTTP app: a link a write carries (an agenda item's `refersTo`, a
 * proposal's `derivedFrom` and `overlaps`, a follow-up's `implements`) must point at a case of the
 * same council. Another council's case and a case that does not exist get the same refusal
 * naming the link, and nothing is written.
 */
import { SEED_002 } from '@app/budget/testing/seed-002.fixture';
import { CommandExecutor } from '@app/event-store';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const DAY = 86_400_000;
const { remarks: _r, agreementText: _a, sdgs: _s, ...core } = SEED_002;

describe('links to cases that are not the council’s', () => {
  let t: TestApp;
  const A = uniqueName('links-a');
  const B = uniqueName('links-b');
  const inFuture = (days: number) => new Date(Date.now() + days * DAY).toISOString();
  const as = (councilId: string) => {
    const auth = t.auth(t.token({ personId: 'sofie', role: 'secretary', councilId }));
    const path = (p: string) => `/api/councils/${councilId}${p}`;
    return {
      post: (p: string, body: object) => t.http.post(path(p)).set(auth).send(body),
      patch: (p: string, body: object) => t.http.patch(path(p)).set(auth).send(body),
      get: (p: string) => t.http.get(path(p)).set(auth),
    };
  };
  const hearing = (id: string) => ({
    id,
    title: `Høring ${id}`,
    issuingBody: 'Region H',
    responseDeadline: inFuture(30),
  });
  const cycle = (id: string) => ({
    id,
    year: new Date().getFullYear() + 1,
    milestones: [{ kind: 'first-discussion', committee: 'Udvalget', date: inFuture(60) }],
  });

  beforeAll(async () => {
    t = await startTestApp({ runWorkers: false });
    for (const councilId of [A, B])
      await seedCouncil(t.app.get(CommandExecutor), councilId, { members: ['ole'], secretary: 'sofie' });
    for (const councilId of [A, B]) {
      const own = councilId === A ? 'a' : 'b';
      await as(councilId)
        .post('/hearings', hearing(`h-${own}`))
        .expect(201);
      await as(councilId)
        .post('/budget-cycles', cycle(`cy-${own}`))
        .expect(201);
      await as(councilId)
        .post('/budget-proposals', { id: `bp-${own}`, cycleId: `cy-${own}`, ...core })
        .expect(201);
      await as(councilId)
        .post('/meetings', { id: `m-${own}`, startsAt: inFuture(10) })
        .expect(201);
      await as(councilId)
        .post(`/meetings/m-${own}/agenda-items`, { id: 'item-1', title: 'Punkt 1' })
        .expect(201);
    }
  }, 60_000);
  afterAll(() => t?.close());

  const fieldsOf = (body: { fields?: Record<string, unknown> }) => Object.keys(body.fields ?? {});

  it('refuses an agenda item referring to another council’s case or to none, and takes its own', async () => {
    for (const refersTo of [
      { kind: 'hearing', id: 'h-b' },
      { kind: 'budget-proposal', id: 'bp-b' },
      { kind: 'hearing', id: 'h-nowhere' },
    ]) {
      const refused = await as(A).post('/meetings/m-a/agenda-items', { id: 'item-x', title: 'X', refersTo });
      expect(refused.status).toBe(400);
      expect(fieldsOf(refused.body)).toEqual(['refersTo']);
      expect(refused.body.detail).toBe(`refersTo: this council has no ${refersTo.kind} ${refersTo.id}`);
    }
    const meeting = (await as(A).get('/meetings/m-a').expect(200)).body as { agenda: { id: string }[] };
    expect(meeting.agenda.map((i) => i.id)).toEqual(['item-1']);
    await as(A)
      .post('/meetings/m-a/agenda-items', {
        id: 'item-2',
        title: 'Høringen',
        refersTo: { kind: 'hearing', id: 'h-a' },
      })
      .expect(201);
  });

  it('refuses a proposal derived from, or overlapping, another council’s case or none', async () => {
    const cases: [object, string][] = [
      [{ derivedFrom: [{ kind: 'hearing', id: 'h-b' }] }, 'derivedFrom[0].id'],
      [
        {
          derivedFrom: [
            { kind: 'hearing', id: 'h-a' },
            { kind: 'hearing', id: 'h-none' },
          ],
        },
        'derivedFrom[1].id',
      ],
      [{ derivedFrom: [{ kind: 'meeting-item', id: 'm-b', itemId: 'item-1' }] }, 'derivedFrom[0]'],
      [{ derivedFrom: [{ kind: 'meeting-item', id: 'm-a', itemId: 'item-9' }] }, 'derivedFrom[0]'],
      [{ overlaps: ['bp-b'] }, 'overlaps[0]'],
    ];
    for (const [fields, field] of cases) {
      const created = await as(A).post('/budget-proposals', {
        id: 'bp-new',
        cycleId: 'cy-a',
        ...core,
        ...fields,
      });
      expect([created.status, fieldsOf(created.body)]).toEqual([400, [field]]);
      const changed = await as(A).patch('/budget-proposals/bp-a', fields);
      expect([changed.status, fieldsOf(changed.body)]).toEqual([400, [field]]);
    }
    await as(A).get('/budget-proposals/bp-new').expect(404);
    const proposal = (await as(A).get('/budget-proposals/bp-a').expect(200)).body as {
      derivedFrom: unknown[];
      overlaps: unknown[];
    };
    expect([proposal.derivedFrom, proposal.overlaps]).toEqual([[], []]);

    const own = {
      derivedFrom: [
        { kind: 'hearing', id: 'h-a' },
        { kind: 'meeting-item', id: 'm-a', itemId: 'item-1' },
      ],
      overlaps: ['bp-a'],
    };
    await as(A)
      .post('/budget-proposals', { id: 'bp-a2', cycleId: 'cy-a', ...core, ...own })
      .expect(201);
  });

  it('refuses a follow-up implementing another council’s case', async () => {
    const plan = {
      id: 'f-x',
      title: 'Opfølgning',
      responsible: 'Psykiatrien',
      phases: [{ id: 'fase-1', name: 'Fase 1', plannedStart: inFuture(1) }],
      implements: { kind: 'hearing', id: 'h-b' },
    };
    const refused = await as(A).post('/follow-ups', plan);
    expect([refused.status, refused.body.detail]).toEqual([404, 'hearing h-b not found']);
  });
});

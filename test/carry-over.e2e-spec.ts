/**
 * Issue 18.3 on the real HTTP app, against PostgreSQL and the embedded store: Region Sjælland's
 * and Region Hovedstaden's councils become Region Østdanmark's (seed 003 item 4), and the open
 * hearings and follow-ups of both are carried over. The successor works on them (a member's input,
 * the secretary's draft, a status report); each predecessor still reads its case with its history,
 * marked as carried over, and takes no new write on it; the successor lists each case with its
 * whole history and the link back; and the report spanning the predecessors counts each case once.
 */
import { CommandExecutor } from '@app/event-store';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { eventually } from './support/eventually';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();
const daysAhead = (n: number) => new Date(Date.now() + n * DAY).toISOString();
/** Today's date in Copenhagen (the councils' zone), as a plain date. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

type Entry = { type: string; carriedFrom?: string; actor: { personId: string } };

describe.each(['postgres', 'embedded'] as const)('carrying open cases over to a successor (%s)', (store) => {
  let t: TestApp;
  const sj = uniqueName('udsatte-sj');
  const hs = uniqueName('udsatte-h');
  const oest = uniqueName('udsatte-oest');
  const as = (councilId: string, personId: string, role: 'secretary' | 'member' | 'chair' | 'evaluator') => {
    const auth = t.auth(t.token({ personId, role, councilId }));
    const path = (p: string) => `/api/councils/${councilId}${p}`;
    return {
      post: (p: string, body: object = {}) => t.http.post(path(p)).set(auth).send(body),
      get: (p: string) => t.http.get(path(p)).set(auth),
    };
  };
  const carry = (body: object) => as(oest, 'sara', 'secretary').post('/carried-over-cases', body);

  /** A predecessor with an answered hearing, the follow-up of it and an open hearing with input. */
  async function predecessor(councilId: string, own: string, member: string, chair: string) {
    await seedCouncil(t.app.get(CommandExecutor), councilId, {
      members: [member, chair],
      chair,
      secretary: 'sofie',
      now: daysAgo(400),
    });
    const secretary = as(councilId, 'sofie', 'secretary');
    const hearing = (id: string) => ({
      id,
      title: `Høring ${id}`,
      issuingBody: 'Regionen',
      receivedAt: daysAgo(60),
      responseDeadline: daysAhead(60),
    });
    await secretary.post('/hearings', hearing(`svar-${own}`)).expect(201);
    await secretary.post(`/hearings/svar-${own}/drafts`, { text: 'Rådets svar' }).expect(200);
    await as(councilId, chair, 'chair').post(`/hearings/svar-${own}/sign-off`).expect(200);
    await secretary.post(`/hearings/svar-${own}/submission`, { recipient: 'Regionsrådet' }).expect(200);
    await secretary
      .post('/follow-ups', {
        id: `f-${own}`,
        title: `Opfølgning ${own}`,
        responsible: 'Psykiatrien',
        phases: [{ id: 'fase-1', name: 'Fase 1', plannedStart: daysAgo(30) }],
        implements: { kind: 'hearing', id: `svar-${own}` },
      })
      .expect(201);
    await secretary.post(`/follow-ups/f-${own}/status-reports`, { summary: 'Begyndt' }).expect(201);
    await secretary.post('/hearings', hearing(`h-${own}`)).expect(201);
    await as(councilId, member, 'member')
      .post(`/hearings/h-${own}/inputs`, { text: `Input fra ${member}` })
      .expect(200);
  }

  beforeAll(async () => {
    t = await startTestApp({ store, runWorkers: false });
    await predecessor(sj, 'sj', 'bo', 'anna');
    await predecessor(hs, 'hs', 'carl', 'kira');
    const admin = t.auth(t.token({ personId: 'root', role: 'admin' }));
    await t.http
      .post('/api/councils')
      .set(admin)
      .send({ id: oest, name: 'Udsatterådet i Region Østdanmark', succeeds: [sj, hs], succeedsFrom: today() })
      .expect(201);
    const sara = as(oest, 'sara', 'secretary');
    await sara
      .post('/secretaries', { personId: 'sara', name: 'Sara', email: 'sara@region.example' })
      .expect(201);
    for (const [personId, organisation] of [
      ['dana', 'SIND'],
      ['erik', 'Gadejuristen'],
    ])
      await sara
        .post('/members', { personId, name: personId, organisation, email: `${personId}@x.dk` })
        .expect(201);
    await sara.post('/chair', { personId: 'erik' }).expect(200);
    // About forty writes, each answered after its inline read models: minutes on the embedded store of a loaded machine.
  }, 600_000);
  afterAll(() => t?.close());

  it('refuses what cannot be carried, before anything is written', async () => {
    const notPredecessor = await carry({ fromCouncilId: oest, kind: 'hearings', caseId: 'h-sj' }).expect(400);
    expect(notPredecessor.body.detail).toContain(`does not succeed council ${oest}`);
    const missing = await carry({ fromCouncilId: sj, kind: 'hearings', caseId: 'h-nowhere' }).expect(400);
    expect(missing.body.detail).toBe(`caseId: council ${sj} has no hearing h-nowhere`);
    const kind = await carry({ fromCouncilId: sj, kind: 'budget-proposals', caseId: 'h-sj' }).expect(400);
    expect(Object.keys(kind.body.fields ?? {})).toEqual(['kind']);
    const answered = await carry({ fromCouncilId: sj, kind: 'hearings', caseId: 'svar-sj' }).expect(409);
    expect(answered.body.detail).toContain('only an open hearing is carried over; this one is submitted');
    await as(oest, 'dana', 'member')
      .post('/carried-over-cases', { fromCouncilId: sj, kind: 'hearings', caseId: 'h-sj' })
      .expect(403);
    const old = (await as(sj, 'sofie', 'secretary').get('/hearings/svar-sj').expect(200)).body;
    expect(old.carriedOverTo).toBeUndefined();
    await as(oest, 'sara', 'secretary').get('/hearings/svar-sj').expect(404);
  });

  it('carries the open hearings and follow-ups of both predecessors over, once', async () => {
    for (const [from, own] of [
      [sj, 'sj'],
      [hs, 'hs'],
    ]) {
      const hearing = await carry({ fromCouncilId: from, kind: 'hearings', caseId: `h-${own}` }).expect(201);
      expect(hearing.headers.location).toBe(`/api/councils/${oest}/hearings/h-${own}`);
      expect(hearing.body).toEqual({
        id: `h-${own}`,
        kind: 'hearings',
        revision: 0,
        carriedFrom: {
          councilId: from,
          streamId: `hearing-${from}~h-${own}`,
          revision: 1,
          hash: expect.any(String),
        },
      });
      const followUp = await carry({ fromCouncilId: from, kind: 'follow-ups', caseId: `f-${own}` }).expect(
        201,
      );
      expect(followUp.body.carriedFrom).toMatchObject({ councilId: from, revision: 1 });
      // A retry (a lost answer) changes nothing.
      await carry({ fromCouncilId: from, kind: 'hearings', caseId: `h-${own}` }).expect(201, hearing.body);
    }
  });

  it('the successor works on them: a member’s input, the secretary’s draft, a status report', async () => {
    await as(oest, 'dana', 'member').post('/hearings/h-sj/inputs', { text: 'Husk Slagelse' }).expect(200);
    // A member of the predecessor only is not invited in the successor (and holds no place there).
    await as(oest, 'bo', 'member').post('/hearings/h-sj/inputs', { text: 'mere' }).expect(403);
    await as(oest, 'sara', 'secretary')
      .post('/hearings/h-sj/drafts', { text: 'Østdanmarks svar' })
      .expect(200);
    await as(oest, 'sara', 'secretary')
      .post('/follow-ups/f-hs/status-reports', { summary: 'Fase 1 i Østdanmark' })
      .expect(201);

    const hearing = (await as(oest, 'eva', 'evaluator').get('/hearings/h-sj').expect(200)).body;
    expect(hearing).toMatchObject({ councilId: oest, status: 'drafting', carriedFrom: { councilId: sj } });
    expect(hearing.inputs.map((i: { personId: string; status: string }) => [i.personId, i.status])).toEqual([
      ['dana', 'given'],
      ['erik', 'missing'],
      ['bo', 'given'],
    ]);
    const followUp = (await as(oest, 'eva', 'evaluator').get('/follow-ups/f-hs').expect(200)).body;
    expect(followUp.reports.map((r: { summary: string }) => r.summary)).toEqual([
      'Begyndt',
      'Fase 1 i Østdanmark',
    ]);
    expect(followUp.implements).toEqual({ kind: 'hearing', id: 'svar-hs' });
  });

  it('the successor lists them with their whole history and the link back', async () => {
    const evaluator = as(oest, 'eva', 'evaluator');
    const hearings = (await evaluator.get('/hearings').expect(200)).body;
    const rows = (hearings.items ?? hearings) as { id: string; carriedFrom: string | null }[];
    expect(rows.map((h) => [h.id, h.carriedFrom]).sort()).toEqual([
      ['h-hs', hs],
      ['h-sj', sj],
    ]);
    const followUps = (await evaluator.get('/follow-ups').expect(200)).body.items as {
      id: string;
      carriedFrom: string | null;
    }[];
    expect(followUps.map((f) => [f.id, f.carriedFrom]).sort()).toEqual([
      ['f-hs', hs],
      ['f-sj', sj],
    ]);
    const history = (await evaluator.get('/hearings/h-sj/history').expect(200)).body.events as Entry[];
    expect(history.map((e) => [e.type, e.carriedFrom ?? oest, e.actor.personId])).toEqual([
      ['HearingOpened', sj, 'sofie'],
      ['HearingInputSubmitted', sj, 'bo'],
      ['CaseCarriedIn', oest, 'sara'],
      ['HearingInputSubmitted', oest, 'dana'],
      ['HearingResponseDrafted', oest, 'sara'],
    ]);
  });

  it('a carried case’s chain crosses to the predecessor it came from: answered hearing -> follow-up', async () => {
    const evaluator = as(oest, 'eva', 'evaluator');
    const chain = (await evaluator.get('/follow-ups/f-hs/chain').expect(200)).body;
    expect(chain.root).toMatchObject({ kind: 'follow-ups', id: 'f-hs', carriedFrom: hs });
    expect(chain.root.councilId).toBeUndefined();
    expect(chain.cameFrom).toEqual([
      {
        from: { kind: 'follow-ups', id: 'f-hs' },
        relation: 'implements',
        to: { kind: 'hearings', id: 'svar-hs' },
      },
    ]);
    const hearing = chain.nodes.find((n: { id: string }) => n.id === 'svar-hs');
    expect(hearing).toMatchObject({ found: true, councilId: hs, status: 'submitted' });
    // The other predecessor's answered hearing of the same kind is not reached from here.
    expect(chain.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['f-hs', 'svar-hs']);
    // The predecessor's own chain of the answered hearing still leads to the follow-up it had.
    const before = (await as(hs, 'sofie', 'secretary').get('/hearings/svar-hs/chain').expect(200)).body;
    expect(before.ledTo.map((l: { from: { id: string } }) => l.from.id)).toEqual(['f-hs']);
  });

  it('each predecessor still reads its case, marked as carried over, and takes no new write on it', async () => {
    const sofie = as(sj, 'sofie', 'secretary');
    const hearing = (await sofie.get('/hearings/h-sj').expect(200)).body;
    expect(hearing).toMatchObject({ councilId: sj, status: 'open', carriedOverTo: oest });
    expect(hearing.inputs.filter((i: { status: string }) => i.status === 'given')).toHaveLength(1);
    const history = (await sofie.get('/hearings/h-sj/history').expect(200)).body.events as Entry[];
    expect(history.map((e) => e.type)).toEqual(['HearingOpened', 'HearingInputSubmitted', 'CaseCarriedOver']);
    const list = (await sofie.get('/hearings').expect(200)).body;
    const rows = (list.items ?? list) as { id: string; carriedOverTo: string | null }[];
    expect(rows.find((h) => h.id === 'h-sj')?.carriedOverTo).toBe(oest);
    const followUp = (await as(hs, 'sofie', 'secretary').get('/follow-ups/f-hs').expect(200)).body;
    expect(followUp.carriedOverTo).toBe(oest);
    expect(followUp.reports).toHaveLength(1);

    const refused = await sofie.post('/hearings/h-sj/drafts', { text: 'for sent' }).expect(409);
    expect(refused.body.detail).toContain(`council ${oest}`);
    await as(hs, 'sofie', 'secretary')
      .post('/follow-ups/f-hs/status-reports', { summary: 'for sent' })
      .expect(409);
    expect((await sofie.get('/hearings/h-sj/history').expect(200)).body.events).toHaveLength(3);
  });

  it('the report spanning the predecessors counts a carried case once', async () => {
    const evaluator = as(oest, 'eva', 'evaluator');
    const spanning = await eventually(
      async () => {
        const r = await evaluator.get('/evaluation-report?includePredecessors=true');
        return r.status === 200 && r.body.hearings.inputs.total === 3 ? r.body : undefined;
      },
      { what: 'the successor’s input in the report spanning its predecessors' },
    );
    // Two answered and two open hearings, two follow-ups: not the carried copies again.
    expect(spanning.hearings).toMatchObject({ received: 4, answeredOnTime: 2, open: 2 });
    expect(spanning.followUps).toMatchObject({ followed: 2, statusReports: 3 });
    const own = (await evaluator.get('/evaluation-report').expect(200)).body;
    expect(own.hearings.received).toBe(0);
    expect(own.hearings.inputs.total).toBe(1);
  });
});

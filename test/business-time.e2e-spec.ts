/**
 * Issue 18, items 1 and 7, on the real HTTP app and the real clock: a council's past entered
 * today with the dates it happened. Seed 000's January 2022 meeting (Kira steps down as chair and
 * stays a member, Reden København then names a new representative, Ivan is elected, Bo absent)
 * and seed 003's continuation (Regionsrådet, 19 August 2025) must count in their own year of the
 * evaluation report, not in the year they were typed in; the timeline says they were recorded
 * later, with both times; a time in the future or before the council began is refused.
 *
 * Assumptions the seeds do not state: the council was constituted on 5 March 2020 with four of
 * its members; the 2022 plan was adopted on 25 November 2021; the meeting began 20 January 2022
 * at 14:00; the minutes were approved on 10 March
 * 2022; Reden København named Sara on 15 February 2022.
 */
import { EventStore } from '@app/event-store';
import { startOfLocalDay } from '@app/kernel';
import { MILESTONES_2022 } from '../libs/budget/src/testing/calendar-2022.fixture';
import { COMMITTEE, SEED_002 } from '../libs/budget/src/testing/seed-002.fixture';
import { eventually } from './support/eventually';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const CONSTITUTED = '2020-03-05T16:00:00+01:00';
const STARTS_AT = '2022-01-20T14:00:00+01:00';

const members = [
  { personId: 'kira', name: 'Kira', organisation: 'Reden København (KFUK)', email: 'kira@example.org' },
  { personId: 'ivan', name: 'Ivan', organisation: 'Gadejuristen', email: 'ivan@example.org' },
  { personId: 'steen', name: 'Steen', organisation: 'SIND', email: 'steen@example.org' },
  { personId: 'bo', name: 'Bo', organisation: 'Dobbeltdiagnoser', email: 'bo@example.org' },
];

describe('business time: the past entered today counts when it happened', () => {
  let t: TestApp;
  let council: string;
  let base: string;
  let secretary: { Authorization: string };
  let evaluator: { Authorization: string };

  beforeAll(async () => {
    t = await startTestApp({ runWorkers: false });
    council = uniqueName('udsatte-h');
    base = `/api/councils/${council}`;
    secretary = t.auth(t.token({ personId: 'anja', role: 'secretary', councilId: council }));
    evaluator = t.auth(t.token({ personId: 'eva', role: 'evaluator', councilId: council }));
  }, 30_000);
  afterAll(() => t?.close());

  const post = (path: string, body: object) => t.http.post(`${base}${path}`).set(secretary).send(body);
  const report = (query: string) =>
    t.http.get(`${base}/evaluation-report?${query}`).set(evaluator).expect(200);

  it('enters the council as constituted in 2020, then seed 000’s meeting and seed 003’s continuation', async () => {
    await t.http
      .post('/api/councils')
      .set(t.auth(t.token({ personId: 'root', role: 'admin' })))
      .send({ id: council, name: 'Udsatterådet i Region Hovedstaden', occurredAt: CONSTITUTED })
      .expect(201);
    await post('/secretaries', { personId: 'anja', name: 'Anja', email: 'anja@regionh.example' }).expect(201);
    for (const m of members) await post('/members', { ...m, occurredAt: CONSTITUTED }).expect(201);
    await post('/chair', { personId: 'kira', occurredAt: CONSTITUTED }).expect(200);
    await post('/meeting-plan', {
      year: 2022,
      meetings: [{ startsAt: STARTS_AT }],
      occurredAt: '2021-11-25T16:00:00+01:00',
    }).expect(201);
    const plan = await t.http.get(`${base}/meeting-plan?year=2022`).set(secretary).expect(200);
    expect(plan.body[0].meetings).toHaveLength(1);
    const meetingId = plan.body[0].meetings[0].id as string;
    for (const id of ['punkt-2', 'punkt-5'])
      await post(`/meetings/${meetingId}/agenda-items`, { id, title: id }).expect(201);

    // Seed 000: Kira steps down as chair and stays a member; then Reden København names Sara.
    await t.http
      .delete(`${base}/chair`)
      .set(secretary)
      .send({ occurredAt: '2022-01-20T14:10:00+01:00' })
      .expect(200);
    expect(
      (await t.http.get(`${base}/members`).set(secretary)).body.map((m: { personId: string }) => m.personId),
    ).toContain('kira');
    const sara = await post('/members', {
      personId: 'sara',
      name: 'Sara',
      organisation: 'Reden København (KFUK)',
      email: 'sara@example.org',
      occurredAt: '2022-02-15T10:00:00+01:00',
    }).expect(201);
    expect(sara.body.replaces).toEqual({ personId: 'kira', name: 'Kira' });
    await post('/chair', { personId: 'ivan', occurredAt: '2022-01-20T15:00:00+01:00' }).expect(200);
    for (const id of ['punkt-2', 'punkt-5'])
      await post(`/meetings/${meetingId}/agenda-items/${id}/decision`, {
        decision: 'Taget til efterretning.',
        absent: ['bo'],
      }).expect(200);
    // Ivan, the chair in office, approves the minutes (issue 17: not the secretary on her own).
    await t.http
      .post(`${base}/meetings/${meetingId}/minutes-approval`)
      .set(t.auth(t.token({ personId: 'ivan', role: 'chair', councilId: council })))
      .send({ occurredAt: '2022-03-10T16:00:00+01:00' })
      .expect(200);
    // Seed 003: "Regionsrådet besluttede den 19. august 2025 at videreføre rådet i 2026".
    await post('/continuation', {
      decidedBy: 'Regionsrådet',
      decidedOn: '2025-08-19',
      until: '2026-12-31',
    }).expect(200);
  });

  it('refuses a time in the future or before the council began, and changes nothing', async () => {
    const before = (await t.http.get(base).set(secretary).expect(200)).body.revision;
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const m = { personId: 'rani', name: 'Rani', organisation: 'Sociolancen', email: 'rani@example.org' };
    const inFuture = await post('/members', { ...m, occurredAt: future }).expect(400);
    expect(JSON.stringify(inFuture.body)).toContain('occurredAt must not be in the future');
    const tooEarly = await post('/members', { ...m, occurredAt: '2019-12-31T12:00:00+01:00' }).expect(400);
    expect(JSON.stringify(tooEarly.body)).toContain(
      'occurredAt must not be before the council began (2020-03-05T16:00:00+01:00)',
    );
    const notATime = await post('/members', { ...m, occurredAt: '2022-01-20' }).expect(400);
    expect(JSON.stringify(notATime.body)).toContain('occurredAt must be an RFC 3339 time');
    expect((await t.http.get(base).set(secretary).expect(200)).body.revision).toBe(before);
  });

  it('counts the 2022 meeting in 2022, with the seats of that afternoon', async () => {
    const r2022 = await eventually(
      async () => {
        const r = await report('from=2022-01-01&to=2022-12-31');
        return r.body.meetings.held.ordinary === 1 ? r.body : undefined;
      },
      { what: 'the meeting in the 2022 report' },
    );
    expect(r2022.period).toEqual({ from: '2021-12-31T23:00:00.000Z', to: '2022-12-31T23:00:00.000Z' });
    expect(r2022.meetings).toEqual({
      planned: 1,
      held: { ordinary: 1, extraordinary: 0 },
      attendance: [
        {
          meetingId: expect.any(String),
          startsAt: STARTS_AT,
          // Kira, Ivan, Steen and Bo held the seats when it began; Sara came in February.
          members: 4,
          absent: ['bo'],
          percentPresent: 75,
        },
      ],
      averagePercentPresent: 75,
    });
    expect(r2022.council).toEqual({ continuations: [], ends: [] });
  });

  it('counts the continuation in 2025 and neither in this year', async () => {
    const r2025 = (await report('from=2025-01-01&to=2025-12-31')).body;
    expect(r2025.council).toEqual({
      continuations: [{ decidedBy: 'Regionsrådet', decidedOn: '2025-08-19', until: '2026-12-31' }],
      ends: [],
    });
    expect(r2025.meetings.held).toEqual({ ordinary: 0, extraordinary: 0 });
    const thisYear = new Date().getUTCFullYear();
    const now = (await report(`from=${thisYear}-01-01&to=${thisYear}-12-31`)).body;
    expect(now.meetings.held).toEqual({ ordinary: 0, extraordinary: 0 });
    expect(now.council).toEqual({ continuations: [], ends: [] });
    // No period: all the council's time, from its constitution to now.
    const all = (await report('')).body;
    expect(all.period.from).toBe(new Date(CONSTITUTED).toISOString());
    expect(all.meetings.held.ordinary).toBe(1);
    expect(all.council.continuations).toHaveLength(1);
    await t.http.get(`${base}/evaluation-report?from=2022-13-01`).set(evaluator).expect(400);
  });

  it('counts last year’s budget step in its year: a 2022 submission entered today', async () => {
    const cycleId = uniqueName('cy');
    const proposalId = uniqueName('bp');
    await post('/budget-cycles', { id: cycleId, year: 2023, milestones: MILESTONES_2022 }).expect(201);
    const { remarks: _remarks, agreementText: _text, sdgs: _sdgs, ...fields } = SEED_002;
    await post('/budget-proposals', { id: proposalId, cycleId, ...fields }).expect(201);
    await post(`/budget-proposals/${proposalId}/submission`, {
      committee: COMMITTEE,
      at: '2022-03-20T10:00:00+01:00',
    }).expect(200);
    const r2022 = (await report('from=2022-01-01&to=2022-12-31')).body;
    expect(r2022.budgetProposals.submitted).toBe(1);
    const thisYear = new Date().getUTCFullYear();
    const now = (await report(`from=${thisYear}-01-01&to=${thisYear}-12-31`)).body;
    expect(now.budgetProposals.submitted).toBe(0);
  });

  it('with a term set and no period asked for, covers the term', async () => {
    await t.http
      .put(`${base}/term`)
      .set(secretary)
      .send({ startsOn: '2024-01-01', endsOn: '2025-12-31', evaluationDueBy: '2025-10-31' })
      .expect(200);
    const term = (await report('')).body;
    expect(term.period).toEqual({ from: '2023-12-31T23:00:00.000Z', to: '2025-12-31T23:00:00.000Z' });
    expect(term.meetings.held.ordinary).toBe(0);
    expect(term.council.continuations).toHaveLength(1);
  });

  it('shows the past in its own year of the timeline, as recorded later, with both times', async () => {
    const page = await t.http
      .get(`${base}/timeline?from=2022-01-01T00:00:00%2B01:00&to=2023-01-01T00:00:00%2B01:00`)
      .set(evaluator)
      .expect(200);
    const types = page.body.events.map((e: { type: string }) => e.type);
    expect(types).toEqual(
      expect.arrayContaining(['ChairVacated', 'MemberAppointed', 'ChairElected', 'AgendaItemDecided']),
    );
    expect(types).not.toContain('CouncilContinued');
    const vacated = page.body.events.find((e: { type: string }) => e.type === 'ChairVacated');
    expect(vacated).toMatchObject({
      occurredAt: new Date('2022-01-20T14:10:00+01:00').toISOString(),
      recordedAt: expect.stringMatching(new RegExp(`^${new Date().getUTCFullYear()}-`)),
      recordedLater: true,
      data: { personId: 'kira', reason: 'stepped-down' },
    });
    // Kira stepped down first, then Sara took her seat: in that order in the log.
    const order = page.body.events
      .filter((e: { type: string }) => e.type === 'ChairVacated' || e.type === 'MemberAppointed')
      .map((e: { type: string }) => e.type);
    expect(order).toEqual(['ChairVacated', 'MemberAppointed']);
  });
});

describe('the term: the secretariat is reminded before it ends (real workers)', () => {
  let t: TestApp;
  afterAll(() => t?.close());

  it('issues a RemindersIssued on the council, to its secretaries, at the council’s offset', async () => {
    t = await startTestApp();
    const council = uniqueName('term');
    const timeZone = 'Europe/Copenhagen';
    const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
    const dueAt = startOfLocalDay(today, timeZone, 1);
    // An offset that puts the reminder four seconds from now, before today ends in Copenhagen.
    const offset = `PT${Math.floor((dueAt.getTime() - Date.now()) / 1000) - 4}S`;
    await t.http
      .post('/api/councils')
      .set(t.auth(t.token({ personId: 'root', role: 'admin' })))
      .send({ id: council, name: 'Rådet', timeZone, reminderOffsets: [offset] })
      .expect(201);
    const secretary = t.auth(t.token({ personId: 'anja', role: 'secretary', councilId: council }));
    const base = `/api/councils/${council}`;
    await t.http
      .post(`${base}/secretaries`)
      .set(secretary)
      .send({ personId: 'anja', name: 'Anja', email: 'anja@regionh.example' })
      .expect(201);
    await t.http
      .put(`${base}/term`)
      .set(secretary)
      .send({ startsOn: `${Number(today.slice(0, 4)) - 2}-01-01`, endsOn: today })
      .expect(200);
    const store = t.app.get(EventStore);
    const reminder = await eventually(
      async () => (await store.readStream(`council-${council}`)).find((e) => e.type === 'RemindersIssued'),
      { timeoutMs: 20_000, what: 'the term reminder' },
    );
    expect(reminder.data).toMatchObject({
      deadline: 'term-end',
      dueAt: dueAt.toISOString(),
      recipients: ['anja'],
    });
    expect(reminder.metadata).toMatchObject({
      councilId: council,
      actor: { personId: 'system', role: 'system' },
    });
  }, 40_000);
});

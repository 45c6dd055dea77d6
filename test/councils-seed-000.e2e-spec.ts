/**
 * Issue 3 end to end on the real stack (`startTestApp`: its own PostgreSQL schema and Redis
 * prefix): the January 2022 meeting of seed 000 entered through the API — the members, the
 * yearly plan, the agenda of ten items, Kira stepping down as chair and leaving the council,
 * Ivan elected by the members, a decision per item with Bo absent, the minutes approved — and
 * read back exactly. Then every request is sent again with the same ids: nothing changes.
 *
 * Assumptions the seed does not state: the meeting's date and place, and the organisation of
 * each member except Kira (Reden København) and Ole (WeShelter); the ten organisations are those
 * of the terms of reference (seed 001).
 */
import { EventStore } from '@app/event-store';
import { eventually } from './support/eventually';
import { startTestApp, type TestApp } from './support/test-app';
import { caseStreamId } from '@app/kernel';

const COUNCIL = 'udsatte-hovedstaden';
const base = `/api/councils/${COUNCIL}`;
const MEETING = 'udsatte-hovedstaden-2022-1';
const STARTS_AT = '2022-01-20T14:00:00+01:00';

const members = [
  { personId: 'kira', name: 'Kira', organisation: 'Reden København (KFUK)', email: 'kira@example.org' },
  { personId: 'steen', name: 'Steen', organisation: 'SIND', email: 'steen@example.org' },
  { personId: 'ole', name: 'Ole', organisation: 'WeShelter', email: 'ole@example.org' },
  {
    personId: 'nanna',
    name: 'Nanna',
    organisation: 'Omsorgscenter Thorsgade (Røde Kors)',
    email: 'nanna@example.org',
  },
  { personId: 'kirsten', name: 'Kirsten', organisation: 'Børns Vilkår', email: 'kirsten@example.org' },
  { personId: 'ivan', name: 'Ivan', organisation: 'Gadejuristen', email: 'ivan@example.org' },
  { personId: 'nina', name: 'Nina', organisation: 'Socialsygeplejerskerne', email: 'nina@example.org' },
  { personId: 'rani', name: 'Rani', organisation: 'Sociolancen', email: 'rani@example.org' },
  {
    personId: 'bo',
    name: 'Bo',
    organisation: 'Kompetencecenter for Dobbeltdiagnoser i Region Hovedstadens Psykiatri',
    email: 'bo@example.org',
  },
  {
    personId: 'anne',
    name: 'Anne',
    organisation: 'Den Sociale Virksomhed, Region Hovedstaden',
    email: 'anne@example.org',
  },
];

/** Seed 000's agenda, with the decision the minutes record for each item. */
const agenda = [
  { id: 'punkt-1', title: 'Godkendelse af dagsordenen', decision: 'Dagsordenen blev godkendt.' },
  {
    id: 'punkt-2',
    title: 'Orientering fra formanden',
    summary:
      'Kira er udpeget som formand for det nationale Rådet for Socialt Udsatte fra 1. januar og trækker sig som formand.',
    decision:
      'Orienteringen blev taget til efterretning. Der bliver udpeget en ny repræsentant fra Reden København.',
  },
  {
    id: 'punkt-3',
    title: 'Orientering fra Region Hovedstaden',
    summary:
      'Budgetproces 2023: første drøftelse 30. marts, prioritering af fem budgetforslag 27. april, endelig godkendelse 25. maj.',
    decision: 'Orienteringen blev taget til efterretning.',
  },
  {
    id: 'punkt-4',
    title: 'Orientering fra rådets medlemmer',
    decision: 'Orienteringen blev taget til efterretning.',
  },
  {
    id: 'punkt-5',
    title: 'Valg af ny formand',
    summary: 'Formanden vælges af rådets medlemmer. Ivan og Steen stillede op; anonym afstemning på sms.',
    decision: 'Der var stor opbakning til Ivan som ny formand for rådet.',
  },
  {
    id: 'punkt-6',
    title: 'Uregistrerede migranter',
    decision: 'Punktet blev udsat til næste møde på baggrund af afbud fra Bo, der skulle have holdt oplæg.',
  },
  {
    id: 'punkt-7',
    title: 'Opsamling på runden på sidste møde vedr. temaer og dagsordener',
    decision:
      'Ivan og Anja kigger listen igennem og vender tilbage på næste møde med et bud på en prioritering.',
  },
  {
    id: 'punkt-8',
    title: 'Rådets temamøde i 2022 – status på arbejdet',
    decision: 'Ivan går ind i planlægningsgruppen i stedet for Kira. Temamødet holdes primo marts.',
  },
  {
    id: 'punkt-9',
    title: 'Høring vedr. reviderede samarbejdsaftaler om borgere med psykisk sygdom',
    summary: 'Region Hovedstaden har sendt reviderede samarbejdsaftaler i høring med frist 28. januar.',
    refersTo: { kind: 'hearing', id: 'samarbejdsaftaler-psykisk-sygdom-2022' },
    decision:
      'Rådets medlemmer gav input. Anja sender en mail rundt for yderligere input og godkendelse af høringssvaret.',
  },
  {
    id: 'punkt-10',
    title: 'Status på socialsygeplejersker og socialoverlæger samt tværsektoriel udsatteenhed',
    summary:
      'Flexklinikken starter i en pilotfase fra 1. februar 2022, flex-senge fra 1. september 2022, endelig fra 1. januar 2023.',
    decision:
      'Orienteringen blev taget til efterretning. Kræfterne bag Flexklinikken inviteres til næste møde.',
  },
];

describe('councils: seed 000 through the API', () => {
  let t: TestApp;
  let admin: string;
  let anja: string;
  let store: EventStore;

  beforeAll(async () => {
    t = await startTestApp();
    store = t.app.get(EventStore);
    admin = t.token({ personId: 'root', role: 'admin' });
    anja = t.token({ personId: 'anja', role: 'secretary', councilId: COUNCIL });
    await t.http
      .post('/api/councils')
      .set(t.auth(admin))
      .send({ id: COUNCIL, name: 'Udsatterådet i Region Hovedstaden' })
      .expect(201);
    // Item 9 refers to the hearing, and a link must name a case of the council (issue 20).
    await post('/hearings', {
      id: 'samarbejdsaftaler-psykisk-sygdom-2022',
      title: 'Høring vedr. reviderede samarbejdsaftaler om borgere med psykisk sygdom',
      issuingBody: 'Region Hovedstaden',
      responseDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    }).expect(201);
  }, 30_000);
  afterAll(() => t?.close());

  const post = (path: string, body: object, token = anja) =>
    t.http.post(`${base}${path}`).set(t.auth(token)).send(body);
  const get = (path: string, token = anja) => t.http.get(`${base}${path}`).set(t.auth(token));

  /** Every write of the story, in order; run twice. Returns the answers. */
  async function enterTheMeeting(): Promise<{ status: number; body: unknown }[]> {
    const answers: { status: number; body: unknown }[] = [];
    const note = (r: { status: number; body: unknown }) => answers.push({ status: r.status, body: r.body });
    note(
      await t.http
        .post('/api/councils')
        .set(t.auth(admin))
        .send({ id: COUNCIL, name: 'Udsatterådet i Region Hovedstaden' }),
    );
    note(await post('/secretaries', { personId: 'anja', name: 'Anja', email: 'anja@regionh.example' }));
    for (const m of members) note(await post('/members', { id: `appointment-${m.personId}`, ...m }));
    note(await post('/chair', { id: 'election-2020', personId: 'kira' }));
    note(
      await post('/meeting-plan', {
        year: 2022,
        meetings: [{ startsAt: STARTS_AT, place: 'Regionsgården, Hillerød' }],
      }),
    );
    for (const { decision: _decision, ...item } of agenda)
      note(await post(`/meetings/${MEETING}/agenda-items`, item));
    // Item 2 and 5 of seed 000: Kira leaves, the chair stays empty until the members elect Ivan.
    note(await t.http.delete(`${base}/members/kira`).set(t.auth(anja)));
    note(await post('/chair', { id: 'election-2022-01', personId: 'ivan' }));
    for (const item of agenda) {
      note(
        await post(`/meetings/${MEETING}/agenda-items/${item.id}/decision`, {
          decision: item.decision,
          absent: ['bo'],
        }),
      );
    }
    // Ivan, the chair in office, approves the minutes (issue 17: not the secretary on her own).
    note(
      await t.http
        .post(`${base}/meetings/${MEETING}/minutes-approval`)
        .set(t.auth(t.token({ personId: 'ivan', role: 'chair', councilId: COUNCIL })))
        .send({}),
    );
    return answers;
  }

  let firstRun: { status: number; body: unknown }[];

  it('enters the January 2022 meeting', async () => {
    firstRun = await enterTheMeeting();
    // DELETE answers 200, every POST 201.
    expect(firstRun.filter((a) => a.status !== 201 && a.status !== 200)).toEqual([]);
    expect(firstRun[0].body).toEqual({ id: COUNCIL, revision: 0 });
    const plan = firstRun[2 + members.length + 1];
    expect(plan.body).toEqual({ id: COUNCIL, revision: 13, meetings: [MEETING], fallsShortBy: 3 });
  });

  it('reads the council back: Kira gone, Ivan in the chair', async () => {
    const { body } = await get('').expect(200);
    // No seats were declared (issue 18.2): each member's seat is undeclared, and none is vacant.
    const seated = members.filter((m) => m.personId !== 'kira').map((m) => ({ ...m, seatType: null }));
    expect(body).toEqual({
      id: COUNCIL,
      name: 'Udsatterådet i Region Hovedstaden',
      timeZone: 'Europe/Copenhagen',
      reminderOffsets: ['P7D', 'P2D'],
      members: seated,
      seats: seated.map((m) => ({
        organisation: m.organisation,
        type: null,
        holder: { personId: m.personId, name: m.name },
      })),
      vacancies: [],
      chair: { personId: 'ivan', name: 'Ivan' },
      secretaries: [{ personId: 'anja', name: 'Anja', email: 'anja@regionh.example' }],
      // Seed 001's defaults: four ordinary meetings, a request stands until the council meets.
      terms: { ordinaryMeetingsPerYear: 4, requestsLapseAfter: null },
      extraordinaryMeeting: { required: false, requestedBy: [] },
      revision: 16,
    });
    await get('/members').expect(200, seated);
    await get('/meeting-plan').expect(200, [
      {
        year: 2022,
        meetings: [{ id: MEETING, startsAt: STARTS_AT, place: 'Regionsgården, Hillerød' }],
        expectedMeetings: 4,
        fallsShortBy: 3,
      },
    ]);
    await get('/meeting-plan?year=2023').expect(200, []);
    await get('/meeting-plan?year=twenty').expect(400);
  });

  it('records the chair vacated between the resignation and the election', async () => {
    const types = (await store.readStream(`council-${COUNCIL}`)).map((e) => e.type);
    expect(types.slice(-3)).toEqual(['MemberResigned', 'ChairVacated', 'ChairElected']);
  });

  it('reads the meeting back exactly, every item with its decision and Bo absent', async () => {
    const stream = await store.readStream(caseStreamId('meeting', COUNCIL, MEETING));
    // The meeting lies in the past: when the scheduler runs, the minutes deadline (a week after)
    // has passed while the items were being entered, so the secretary may have been reminded.
    const reminders = stream.filter((e) => e.type === 'RemindersIssued');
    for (const r of reminders)
      expect(r.data).toMatchObject({ deadline: 'minutes-approval', recipients: ['anja'] });
    expect(stream.length - reminders.length).toBe(2 + agenda.length * 2);
    const { body } = await get(`/meetings/${MEETING}`).expect(200);
    expect(body).toEqual({
      id: MEETING,
      councilId: COUNCIL,
      kind: 'ordinary',
      startsAt: STARTS_AT,
      endsAt: null,
      dateToFollow: false,
      place: 'Regionsgården, Hillerød',
      online: null,
      committee: null,
      purpose: null,
      cancelled: null,
      // A meeting of this council alone (issue 17's joint meetings).
      jointWith: [],
      hostedBy: null,
      otherCouncils: [],
      attendance: { present: [], absent: [], guests: [] },
      year: 2022,
      calledBy: null,
      agenda: agenda.map((item, index) => ({
        id: item.id,
        number: index + 1,
        title: item.title,
        kind: null,
        open: true,
        presenters: [],
        attachments: [],
        caseId: null,
        documentId: null,
        summary: item.summary ?? null,
        recommendation: null,
        presentation: null,
        economy: null,
        previousDecisions: null,
        refersTo: item.refersTo ?? null,
        minutesOf: null,
        decision: item.decision,
        postponed: null,
        postponedFrom: null,
        corrections: [],
        absent: ['bo'],
      })),
      actionPoints: [],
      minutes: {
        approved: true,
        approvedAt: expect.any(String),
        approvedBy: 'ivan',
        approvedByMeeting: null,
        circulation: null,
        comments: [],
      },
      revision: stream.length - 1,
    });
    const list = await eventually(
      async () => {
        const r = await get('/meetings').expect(200);
        return r.body.length === 1 && r.body[0].minutesApproved ? r.body : undefined;
      },
      { what: 'the meeting list' },
    );
    expect(list).toEqual([
      {
        id: MEETING,
        kind: 'ordinary',
        startsAt: STARTS_AT,
        endsAt: null,
        place: 'Regionsgården, Hillerød',
        cancelled: false,
        year: 2022,
        agendaItems: 10,
        decidedItems: 10,
        minutesApproved: true,
        jointWith: [],
        hostedBy: null,
        revision: stream.length - 1,
      },
    ]);
  });

  it('records who did it from the token, never from the body', async () => {
    const council = await store.readStream(`council-${COUNCIL}`);
    expect(council[0].metadata.actor).toEqual({ personId: 'root', role: 'admin' });
    expect(council[0].metadata.councilId).toBe(COUNCIL);
    for (const event of council.slice(1))
      expect(event.metadata.actor).toEqual({ personId: 'anja', role: 'secretary' });
    const meeting = await store.readStream(caseStreamId('meeting', COUNCIL, MEETING));
    expect(new Set(meeting.map((e) => e.metadata.councilId))).toEqual(new Set([COUNCIL]));
    // Decisions entered years later still say they were taken at the meeting.
    const decisions = meeting.filter((e) => e.type === 'AgendaItemDecided');
    expect(decisions).toHaveLength(agenda.length);
    for (const d of decisions) expect(d.metadata.occurredAt).toBe(STARTS_AT);
  });

  it('changes nothing when every request is sent again with the same ids', async () => {
    const councilBefore = (await store.readStream(`council-${COUNCIL}`)).length;
    const meetingBefore = (await store.readStream(caseStreamId('meeting', COUNCIL, MEETING))).length;
    const secondRun = await enterTheMeeting();
    // Same answers, except that each revision is where its stream stands now (the last write's).
    expect(secondRun.map((a) => a.status)).toEqual(firstRun.map((a) => a.status));
    const finalRevisions = [councilBefore - 1, meetingBefore - 1];
    for (const [i, answer] of secondRun.entries()) {
      const { revision, ...rest } = answer.body as { revision: number };
      const { revision: _first, ...firstRest } = firstRun[i].body as { revision: number };
      expect({ i, ...rest }).toEqual({ i, ...firstRest });
      expect(finalRevisions).toContain(revision);
    }
    expect((await store.readStream(`council-${COUNCIL}`)).length).toBe(councilBefore);
    expect((await store.readStream(caseStreamId('meeting', COUNCIL, MEETING))).length).toBe(meetingBefore);
  });

  it('refuses the same council id with other content, and an item of another meeting', async () => {
    await t.http
      .post('/api/councils')
      .set(t.auth(admin))
      .send({ id: COUNCIL, name: 'Et andet råd' })
      .expect(409);
    await post(`/meetings/${MEETING}/agenda-items/item-of-another-meeting/decision`, {
      decision: 'x',
      absent: [],
    }).expect(404);
    await post(`/meetings/${MEETING}/agenda-items`, { id: 'punkt-1', title: 'Noget andet' }).expect(409);
  });
});

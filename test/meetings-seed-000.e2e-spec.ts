/**
 * Issue 17 item 7, seed 000 through the HTTP API: Udsatterådet's meeting of January 2022 entered
 * the day after with its real dates (the meeting at 13 January 2022 15.00, as the hearing suites
 * date it), its ten items in order and kind, Kira stepping down as chair and Ivan elected under
 * item 5 (business time: the meeting), item 6 postponed because Bo, who was to present, sent word
 * (afbud), item 9's hearing with its 28 January deadline and Anja's action point to collect input
 * and approval of the response by mail, linked to it, and item 10's promise to find out. The
 * draft is circulated with a deadline for comments, Kira comments, and the new chair approves.
 */
import { CommandExecutor, EventStore } from '@app/event-store';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { caseStreamId, Clock, councilStreamId } from '@app/kernel';
import { eventually } from './support/eventually';
import { councilApi } from './support/meeting-api';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const MEETING_AT = '2022-01-13T15:00:00+01:00';
const RESPONSE_DEADLINE = '2022-01-28T23:59:00+01:00';
const MEMBERS = ['kira', 'steen', 'ole', 'anne', 'nina', 'ivan', 'kirsten', 'rani', 'nanna', 'bo'];
const ITEMS = [
  {
    id: '1',
    kind: 'agenda-approval',
    title: 'Godkendelse af dagsordenen',
    decision: 'Dagsordenen blev godkendt.',
  },
  {
    id: '2',
    kind: 'chair-orientation',
    title: 'Orientering fra formanden',
    decision:
      'Kira er udpeget som formand for det nationale Rådet for Socialt Udsatte fra 1. januar og trækker sig som formand for det regionale Udsatteråd på dagens møde. Udsatterådet tog orienteringen til efterretning.',
  },
  {
    id: '3',
    kind: 'region-orientation',
    title: 'Orientering fra Region Hovedstaden',
    presenters: [{ name: 'Anja', organisation: 'Region Hovedstaden' }],
    decision: 'Anja orienterede om konstitueringsaftalen, de nye udvalg og budgetprocessen for 2023.',
  },
  {
    id: '4',
    kind: 'mutual-orientation',
    title: 'Orientering fra rådets medlemmer',
    decision: 'Steen, Ole, Anne og Nina orienterede.',
  },
  {
    id: '5',
    kind: 'decision',
    title: 'Valg af ny formand',
    decision: 'Efter en anonym afstemning på sms var der stor opbakning til Ivan som ny formand for rådet.',
  },
  { id: '6', kind: 'discussion', title: 'Uregistrerede migranter' },
  {
    id: '7',
    kind: 'discussion',
    title:
      'Opsamling på runden på sidste møde vedr. hvilke temaer og dagsordener rådets medlemmer er optaget af og gerne vil have, rådet arbejder med',
    decision:
      'Ivan og Anja kigger listen igennem og vender på næste møde tilbage med et bud på, hvordan der kan prioriteres og arbejdes videre med dem.',
  },
  {
    id: '8',
    kind: 'discussion',
    title: 'Rådets temamøde i 2022 – status på arbejdet',
    decision: 'Ivan går ind i planlægningsgruppen i stedet for Kira. Der er et bud på en dato den 2. marts.',
  },
  {
    id: '9',
    kind: 'discussion',
    title: 'Høring vedr. reviderede samarbejdsaftaler om borgere med psykisk sygdom',
    decision:
      'Rådets medlemmer gav input til et høringssvar. Det blev aftalt, at Anja sender en mail rundt med henblik på indsamling af yderligere input og godkendelse af et høringssvar.',
  },
  {
    id: '10',
    kind: 'region-orientation',
    title:
      'Status på regionens arbejde med socialsygeplejersker og socialoverlæger samt tværsektoriel udsatteenhed',
    decision: 'Anja orienterede om status på diverse initiativer af særlig interesse for rådet.',
  },
];

describe('seed 000: the meeting of January 2022 entered after the fact', () => {
  let t: TestApp;
  let today = '2021-12-01T09:00:00+01:00';
  const council = uniqueName('udsatte-h');

  beforeAll(async () => {
    t = await startTestApp({ runWorkers: false });
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(today));
    await seedCouncil(t.app.get(CommandExecutor), council, {
      members: MEMBERS,
      chair: 'kira',
      secretary: 'anja',
      now: today,
    });
  }, 60_000);
  afterAll(async () => {
    jest.restoreAllMocks();
    await t?.close();
  });

  const as = (personId: string, role: 'secretary' | 'chair' | 'member') =>
    councilApi(t, council, personId, role);

  it('enters the meeting with its real dates, its chair election, hearing and action points, and approves the minutes', async () => {
    const anja = as('anja', 'secretary');
    today = '2022-01-02T10:00:00+01:00';
    await anja.post('/meetings', { id: 'jan-2022', kind: 'ordinary', startsAt: MEETING_AT }).expect(201);
    today = '2022-01-06T10:00:00+01:00';
    await anja
      .post('/hearings', {
        id: 'samarbejdsaftaler-2022',
        title: 'Høring vedr. reviderede samarbejdsaftaler om borgere med psykisk sygdom',
        issuingBody: 'Region Hovedstaden',
        receivedAt: '2022-01-05T12:00:00+01:00',
        responseDeadline: RESPONSE_DEADLINE,
      })
      .expect(201);
    today = '2022-01-10T10:00:00+01:00';
    for (const { decision: _d, ...item } of ITEMS) {
      const refersTo = item.id === '9' && { refersTo: { kind: 'hearing', id: 'samarbejdsaftaler-2022' } };
      await anja.post('/meetings/jan-2022/agenda-items', { ...item, ...refersTo }).expect(201);
    }

    // Entered the day after the meeting.
    today = '2022-01-14T09:00:00+01:00';
    await anja
      .put('/meetings/jan-2022/attendance', {
        present: MEMBERS.filter((m) => m !== 'bo'),
        absent: [{ personId: 'bo', notice: true }],
        guests: [],
      })
      .expect(200);
    for (const { id, decision } of ITEMS) {
      if (decision)
        await anja.post(`/meetings/jan-2022/agenda-items/${id}/decision`, { decision }).expect(200);
    }
    // Item 5: the members elected Ivan at the meeting; that is the election's business time.
    await anja.post('/chair', { personId: 'ivan', occurredAt: MEETING_AT }).expect(200);
    const postponed = await anja
      .post('/meetings/jan-2022/agenda-items/6/postponement', {
        reason: 'Punktet blev udsat til næste møde på baggrund af afbud fra Bo, der skulle have holdt oplæg.',
      })
      .expect(200);
    // No next meeting is on record yet: postponed, carried nowhere.
    expect(postponed.body).toMatchObject({ id: '6', carriedTo: null });
    await anja
      .post('/meetings/jan-2022/agenda-items/9/action-points', {
        id: 'hoeringssvar-mail',
        text: 'Anja sender en mail rundt med henblik på indsamling af yderligere input og godkendelse af et høringssvar',
        owner: 'anja',
        dueAt: RESPONSE_DEADLINE,
        refersTo: { kind: 'hearing', id: 'samarbejdsaftaler-2022' },
      })
      .expect(201);
    await anja
      .post('/meetings/jan-2022/agenda-items/10/action-points', {
        id: 'flexklinik-status',
        text: 'Anja afklarer status for arbejdsgruppen vedr. Flexklinikken og det skriftlige materiale om samarbejdet med kommunerne',
        owner: 'anja',
      })
      .expect(201);

    await anja
      .post('/meetings/jan-2022/minutes-circulation', { commentsBy: '2022-01-21T12:00:00+01:00' })
      .expect(200);
    await as('kira', 'member')
      .post('/meetings/jan-2022/minutes-comments', { itemId: '2', text: 'Godt referat, tak.' })
      .expect(201);
    today = '2022-01-24T10:00:00+01:00';
    // Kira's chair token is refused: Ivan holds the chair now.
    await as('kira', 'chair').post('/meetings/jan-2022/minutes-approval', {}).expect(403);
    await as('ivan', 'chair').post('/meetings/jan-2022/minutes-approval', {}).expect(200);

    const meeting = (await anja.get('/meetings/jan-2022').expect(200)).body;
    expect(meeting).toMatchObject({
      kind: 'ordinary',
      startsAt: MEETING_AT,
      attendance: { absent: [{ personId: 'bo', notice: true, letter: 'F' }] },
      minutes: {
        approved: true,
        approvedBy: 'ivan',
        approvedAt: '2022-01-24T09:00:00.000Z',
        circulation: { commentsBy: '2022-01-21T12:00:00+01:00', circulatedBy: 'anja' },
        comments: [{ by: 'kira', itemId: '2', text: 'Godt referat, tak.', late: false }],
      },
    });
    expect(meeting.agenda.map((i: { id: string }) => i.id)).toEqual(ITEMS.map((i) => i.id));
    meeting.agenda.forEach((item: Record<string, unknown>, index: number) => {
      const { decision, ...fields } = ITEMS[index];
      expect(item).toMatchObject({ number: index + 1, ...fields, decision: decision ?? null });
    });
    expect(meeting.agenda[5].postponed).toEqual({
      reason: 'Punktet blev udsat til næste møde på baggrund af afbud fra Bo, der skulle have holdt oplæg.',
    });
    expect(meeting.agenda[8].refersTo).toEqual({ kind: 'hearing', id: 'samarbejdsaftaler-2022' });
    expect(meeting.actionPoints).toEqual([
      expect.objectContaining({
        id: 'hoeringssvar-mail',
        itemId: '9',
        owner: 'anja',
        dueAt: RESPONSE_DEADLINE,
        refersTo: { kind: 'hearing', id: 'samarbejdsaftaler-2022' },
        status: 'open',
      }),
      expect.objectContaining({ id: 'flexklinik-status', itemId: '10', dueAt: null, status: 'open' }),
    ]);

    // Ivan is the chair now, and the election and every decision are dated at the meeting,
    // however late they were entered.
    expect((await anja.get('').expect(200)).body.chair).toMatchObject({ personId: 'ivan' });
    const store = t.app.get(EventStore);
    const election = (await store.readStream(councilStreamId(council))).find(
      (e) => e.type === 'ChairElected' && (e.data as { personId: string }).personId === 'ivan',
    );
    expect(election?.metadata.occurredAt).toBe(MEETING_AT);
    const decided = (await store.readStream(caseStreamId('meeting', council, 'jan-2022'))).filter(
      (e) => e.type === 'AgendaItemDecided',
    );
    expect(decided.map((e) => e.metadata.occurredAt)).toEqual(Array(9).fill(MEETING_AT));

    const open = await eventually(
      async () => {
        const { body } = await anja.get('/action-points?status=open').expect(200);
        return body.length === 2 ? body : undefined;
      },
      { what: 'both action points open' },
    );
    expect(open[0]).toMatchObject({ id: 'hoeringssvar-mail', refersTo: { kind: 'hearing' } });

    const md = (await anja.get('/meetings/jan-2022/minutes?format=md').expect(200)).text;
    expect(md).toMatch(/^# REFERAT Udsatterådet d\. 13-01-2022/);
    expect(md).toContain('Mødedato: torsdag den 13. januar 2022 kl. 15.00');
    expect(md).toContain('Fraværende: bo (F)');
    for (const item of ITEMS) expect(md).toContain(`## Punkt ${item.id}: ${item.title}`);
    expect(md).toContain(
      'Punktet blev udsat: Punktet blev udsat til næste møde på baggrund af afbud fra Bo, der skulle have holdt oplæg.',
    );
  }, 120_000);
});

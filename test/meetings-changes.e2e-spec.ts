/**
 * Issue 17, items 1 and 2 on the real HTTP app: meetings added outside the plan in each kind, moved,
 * dated later, cancelled with their reminders gone from BullMQ, and their attendance recorded.
 * Bad input is a 400/404/409 that appends nothing.
 */
import { CommandExecutor, EventStore } from '@app/event-store';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { caseStreamId } from '@app/kernel';
import { DeadlineScheduler } from '@app/scheduling';
import { eventually } from './support/eventually';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const DAY = 86_400_000;

describe('meetings that change (issue 17)', () => {
  let t: TestApp;
  let store: EventStore;
  const council = uniqueName('mtg');
  const inFuture = (days: number, hours = 0) =>
    new Date(Date.now() + days * DAY + hours * 3_600_000).toISOString();
  const as = (personId = 'sofie', role: 'secretary' | 'chair' | 'member' = 'secretary') => {
    const auth = t.auth(t.token({ personId, role, councilId: council }));
    const path = (p: string) => `/api/councils/${council}${p}`;
    return {
      post: (p: string, body: object) => t.http.post(path(p)).set(auth).send(body),
      patch: (p: string, body: object) => t.http.patch(path(p)).set(auth).send(body),
      put: (p: string, body: object) => t.http.put(path(p)).set(auth).send(body),
      get: (p: string) => t.http.get(path(p)).set(auth),
    };
  };
  const events = (meetingId: string) => store.readStream(caseStreamId('meeting', council, meetingId));
  const jobsOf = async (meetingId: string) =>
    (await t.app.get(DeadlineScheduler).queue.getJobs(['delayed', 'waiting', 'active'])).filter(
      (job) => job.data.streamId === caseStreamId('meeting', council, meetingId),
    );
  /** The request is refused with `status`, and the meeting's stream is as it was. */
  const refused = async (meetingId: string, request: () => Promise<{ status: number }>, status: number) => {
    const before = (await events(meetingId)).length;
    expect((await request()).status).toBe(status);
    expect(await events(meetingId)).toHaveLength(before);
  };

  beforeAll(async () => {
    t = await startTestApp();
    store = t.app.get(EventStore);
    await seedCouncil(t.app.get(CommandExecutor), council, {
      members: ['kira', 'steen', 'ole', 'bo'],
      chair: 'kira',
      secretary: 'sofie',
      reminderOffsets: ['P7D'],
    });
  }, 60_000);
  afterAll(() => t?.close());

  it('adds meetings of each kind outside the plan, with an end time and an online link', async () => {
    const s = as();
    const startsAt = inFuture(30);
    const endsAt = inFuture(30, 2);
    await s
      .post('/meetings', {
        id: 'theme',
        kind: 'annual',
        startsAt,
        endsAt,
        place: 'Ringsted',
        purpose: 'Temadag om bostøtte',
      })
      .expect(201);
    await s
      .post('/meetings', {
        id: 'dialogue',
        kind: 'committee-dialogue',
        startsAt: inFuture(40),
        committee: 'Udvalget for social og psykiatri',
        online: 'https://teams.example/m/1',
      })
      .expect(201);
    const theme = (await s.get('/meetings/theme').expect(200)).body;
    expect(theme).toMatchObject({
      kind: 'annual',
      startsAt,
      endsAt,
      place: 'Ringsted',
      purpose: 'Temadag om bostøtte',
      cancelled: null,
    });
    expect((await s.get('/meetings/dialogue').expect(200)).body).toMatchObject({
      kind: 'committee-dialogue',
      committee: 'Udvalget for social og psykiatri',
      online: 'https://teams.example/m/1',
    });
    await eventually(async () => (await s.get('/meetings').expect(200)).body.length === 2, {
      what: 'both meetings listed',
    });
    const list = (await s.get('/meetings').expect(200)).body;
    expect(list[0]).toMatchObject({ id: 'theme', kind: 'annual', endsAt, cancelled: false });
    // Only the chair calls an extraordinary meeting; other kinds are the secretariat's.
    await as('kira', 'chair').post('/meetings', { id: 'x', kind: 'annual', startsAt }).expect(403);
  });

  it('refuses an end before the start, a dialogue without its committee, and a kind it does not know', async () => {
    const s = as();
    const startsAt = inFuture(30);
    const bad = await s
      .post('/meetings', { id: 'bad', kind: 'annual', startsAt, endsAt: inFuture(29) })
      .expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/endsAt/);
    await s.post('/meetings', { id: 'bad', kind: 'committee-dialogue', startsAt }).expect(400);
    await s.post('/meetings', { id: 'bad', kind: 'party', startsAt }).expect(400);
    await s.post('/meetings', { id: 'bad', kind: 'annual' }).expect(400);
    expect(await events('bad')).toHaveLength(0);
  });

  it('adds a follow-up meeting whose date is to follow and dates it later, with its reminders then', async () => {
    const s = as();
    await s
      .post('/meetings', {
        id: 'follow',
        kind: 'follow-up',
        dateToFollow: true,
        online: 'https://teams.example/m/2',
      })
      .expect(201);
    const undated = (await s.get('/meetings/follow').expect(200)).body;
    expect(undated).toMatchObject({ startsAt: null, dateToFollow: true, kind: 'follow-up' });
    await eventually(
      async () => (await s.get('/meetings').expect(200)).body.some((m: { id: string }) => m.id === 'follow'),
      {
        what: 'the undated meeting listed',
      },
    );
    expect(await jobsOf('follow')).toHaveLength(0);
    await refused('follow', () => s.patch('/meetings/follow', { endsAt: inFuture(20) }), 400);
    const startsAt = inFuture(20);
    await s.patch('/meetings/follow', { startsAt, endsAt: inFuture(20, 1) }).expect(200);
    expect((await s.get('/meetings/follow').expect(200)).body).toMatchObject({
      startsAt,
      dateToFollow: false,
    });
    await eventually(async () => (await jobsOf('follow')).length === 2, {
      what: 'the dated meeting’s two jobs',
    });
  });

  it('moves a meeting: start, end, place and link; an end before the start is 400 and changes nothing', async () => {
    const s = as();
    await refused('theme', () => s.patch('/meetings/theme', { endsAt: inFuture(29) }), 400);
    await refused('theme', () => s.patch('/meetings/theme', { startsAt: 'tomorrow' }), 400);
    await refused('theme', () => as('kira', 'member').patch('/meetings/theme', { place: 'Sorø' }), 403);
    const startsAt = inFuture(35);
    await s
      .patch('/meetings/theme', { startsAt, place: 'Sorø', online: 'https://teams.example/m/3' })
      .expect(200);
    const moved = (await s.get('/meetings/theme').expect(200)).body;
    // Moved without a new end, it keeps its two hours.
    expect(moved).toMatchObject({
      startsAt,
      endsAt: new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString(),
      place: 'Sorø',
    });
  });

  it('cancels a meeting with a reason: kept, marked cancelled, its reminders gone, nothing more accepted', async () => {
    const s = as();
    await eventually(async () => (await jobsOf('dialogue')).length === 2, {
      what: 'the dialogue’s two jobs',
    });
    await refused('dialogue', () => s.post('/meetings/dialogue/cancellation', { reason: ' ' }), 400);
    await s.post('/meetings/dialogue/cancellation', { reason: 'Udvalget aflyste' }).expect(200);
    const view = (await s.get('/meetings/dialogue').expect(200)).body;
    expect(view.cancelled).toMatchObject({ reason: 'Udvalget aflyste', cancelledBy: 'sofie' });
    await eventually(async () => (await jobsOf('dialogue')).length === 0, { what: 'the reminders removed' });
    await eventually(
      async () =>
        (await s.get('/meetings').expect(200)).body.find((m: { id: string }) => m.id === 'dialogue')
          ?.cancelled === true,
      { what: 'the list marking it cancelled' },
    );
    await refused('dialogue', () => s.patch('/meetings/dialogue', { place: 'Roskilde' }), 409);
    await refused('dialogue', () => s.post('/meetings/dialogue/agenda-items', { title: 'Eventuelt' }), 409);
  });

  it('records attendance: present, absent with or without notice, guests; a stranger is 404', async () => {
    const s = as();
    const attendance = {
      present: ['kira', 'steen'],
      absent: [
        { personId: 'ole', notice: true },
        { personId: 'bo', notice: false },
      ],
      guests: [{ name: 'Mette Hansen', organisation: 'Region Sjælland', role: 'Oplæg om brobygning' }],
    };
    await s.put('/meetings/theme/attendance', attendance).expect(200);
    // Read back with the letter the minutes print: F with notice (afbud), V without.
    expect((await s.get('/meetings/theme').expect(200)).body.attendance).toEqual({
      ...attendance,
      absent: [
        { personId: 'ole', notice: true, letter: 'F' },
        { personId: 'bo', notice: false, letter: 'V' },
      ],
    });
    const again = await s.put('/meetings/theme/attendance', attendance).expect(200);
    expect(again.body.revision).toBe((await events('theme')).length - 1);
    await refused(
      'theme',
      () => s.put('/meetings/theme/attendance', { ...attendance, present: ['kira', 'nobody'] }),
      404,
    );
    await refused(
      'theme',
      () => s.put('/meetings/theme/attendance', { ...attendance, absent: [{ personId: 'ole' }] }),
      400,
    );
    await refused(
      'theme',
      () => s.put('/meetings/theme/attendance', { ...attendance, guests: [{ role: 'x' }] }),
      400,
    );
  });

  it('takes agenda items with kind, open, presenters and attachments, reorderable before the meeting', async () => {
    const s = as();
    const item = {
      id: 'i2',
      title: 'Orientering om brobygning',
      kind: 'region-orientation',
      open: true,
      caseId: 'EMN-2025-10555',
      presenters: [{ name: 'Mette Hansen', organisation: 'Region Sjælland' }],
      attachments: [
        { title: 'Statusnotat', documentId: '2025-112233' },
        { title: 'Aftale', url: 'https://example.org/a.pdf' },
      ],
    };
    await s
      .post('/meetings/theme/agenda-items', {
        id: 'i1',
        title: 'Godkendelse af dagsorden',
        kind: 'agenda-approval',
      })
      .expect(201);
    await s.post('/meetings/theme/agenda-items', item).expect(201);
    await refused(
      'theme',
      () => s.post('/meetings/theme/agenda-items', { ...item, id: 'i3', kind: 'gossip' }),
      400,
    );
    await refused(
      'theme',
      () =>
        s.post('/meetings/theme/agenda-items', {
          ...item,
          id: 'i3',
          attachments: [{ url: 'https://x.org' }],
        }),
      400,
    );
    await refused('theme', () => s.put('/meetings/theme/agenda-order', { itemIds: ['i2'] }), 400);
    await s.put('/meetings/theme/agenda-order', { itemIds: ['i2', 'i1'] }).expect(200);
    const { agenda } = (await s.get('/meetings/theme').expect(200)).body;
    expect(agenda.map((i: { id: string; number: number }) => [i.number, i.id])).toEqual([
      [1, 'i2'],
      [2, 'i1'],
    ]);
    expect(agenda[0]).toMatchObject({ ...item, id: 'i2', open: true });
  });

  it('postpones an item onto the next meeting by itself; a decided item is not postponed (409)', async () => {
    const s = as();
    await s.post('/meetings', { id: 'later', kind: 'ordinary', startsAt: inFuture(50) }).expect(201);
    await eventually(
      async () => (await s.get('/meetings').expect(200)).body.some((m: { id: string }) => m.id === 'later'),
      {
        what: 'the next meeting listed',
      },
    );
    await refused(
      'theme',
      () => s.post('/meetings/theme/agenda-items/i2/postponement', { reason: ' ' }),
      400,
    );
    await refused(
      'theme',
      () => s.post('/meetings/theme/agenda-items/nope/postponement', { reason: 'x' }),
      404,
    );
    const answer = await s
      .post('/meetings/theme/agenda-items/i2/postponement', { reason: 'Oplægsholder forhindret' })
      .expect(200);
    expect(answer.body).toMatchObject({ id: 'i2', carriedTo: 'later' });
    // A retry changes nothing on either meeting.
    await s
      .post('/meetings/theme/agenda-items/i2/postponement', { reason: 'Oplægsholder forhindret' })
      .expect(200);
    const theme = (await s.get('/meetings/theme').expect(200)).body;
    expect(theme.agenda[0]).toMatchObject({
      id: 'i2',
      postponed: { reason: 'Oplægsholder forhindret', carriedTo: 'later' },
    });
    const later = (await s.get('/meetings/later').expect(200)).body;
    expect(later.agenda).toEqual([
      expect.objectContaining({
        id: 'i2',
        title: 'Orientering om brobygning',
        postponedFrom: { meetingId: 'theme', itemId: 'i2' },
        postponed: null,
      }),
    ]);
    // A decided item is not postponed.
    await s.post('/meetings', { id: 'held', kind: 'ordinary', startsAt: inFuture(-1) }).expect(201);
    await s.post('/meetings/held/agenda-items', { id: 'a', title: 'Eventuelt' }).expect(201);
    await s.post('/meetings/held/agenda-items/a/decision', { decision: 'Intet' }).expect(200);
    await refused('held', () => s.post('/meetings/held/agenda-items/a/postponement', { reason: 'x' }), 409);
    expect((await s.get('/meetings/later').expect(200)).body.agenda).toHaveLength(1);
  });

  it('carries an item postponed with no next meeting onto the meeting added or dated later', async () => {
    const s = as();
    // Far beyond every other meeting of the council: when the item is postponed there is no next one.
    await s.post('/meetings', { id: 'last', kind: 'ordinary', startsAt: inFuture(400) }).expect(201);
    await s.post('/meetings/last/agenda-items', { id: 'p1', title: 'Brobygning, status' }).expect(201);
    const answer = await s
      .post('/meetings/last/agenda-items/p1/postponement', { reason: 'Tiden løb ud' })
      .expect(200);
    expect(answer.body.carriedTo).toBeNull();

    // A meeting whose date is to follow is nobody's next meeting until it is dated.
    await s.post('/meetings', { id: 'after-last', kind: 'follow-up', dateToFollow: true }).expect(201);
    expect((await s.get('/meetings/last').expect(200)).body.agenda[0].postponed.carriedTo).toBeUndefined();
    expect((await s.get('/meetings/after-last').expect(200)).body.agenda).toEqual([]);
    const dated = await s.patch('/meetings/after-last', { startsAt: inFuture(430) }).expect(200);
    // The answer's revision is the meeting's after the item carried onto it, for the next If-Match.
    expect(dated.body.revision).toBe((await s.get('/meetings/after-last').expect(200)).body.revision);
    expect((await s.get('/meetings/last').expect(200)).body.agenda[0]).toMatchObject({
      id: 'p1',
      postponed: { reason: 'Tiden løb ud', carriedTo: 'after-last' },
    });
    expect((await s.get('/meetings/after-last').expect(200)).body.agenda).toEqual([
      expect.objectContaining({
        id: 'p1',
        title: 'Brobygning, status',
        postponedFrom: { meetingId: 'last', itemId: 'p1' },
      }),
    ]);
    // Carried once: another meeting added later, or the same one moved, carries nothing again.
    await s.patch('/meetings/after-last', { startsAt: inFuture(431) }).expect(200);
    await s.post('/meetings', { id: 'after-after', kind: 'ordinary', startsAt: inFuture(460) }).expect(201);
    expect((await s.get('/meetings/after-last').expect(200)).body.agenda).toHaveLength(1);
    expect((await s.get('/meetings/after-after').expect(200)).body.agenda).toEqual([]);

    // A meeting added outright (not dated later) carries too.
    await s.post('/meetings/after-after/agenda-items', { id: 'q', title: 'Eventuelt' }).expect(201);
    await s.post('/meetings/after-after/agenda-items/q/postponement', { reason: 'Udsat' }).expect(200);
    const added = await s
      .post('/meetings', { id: 'final', kind: 'ordinary', startsAt: inFuture(490) })
      .expect(201);
    const final = (await s.get('/meetings/final').expect(200)).body;
    expect(added.body.revision).toBe(final.revision);
    expect(final.agenda).toEqual([
      expect.objectContaining({ id: 'q', postponedFrom: { meetingId: 'after-after', itemId: 'q' } }),
    ]);
  });

  it('adds action points owned by a member or secretary, lists them open, reminds the owner through BullMQ, completes them', async () => {
    const s = as();
    await refused(
      'held',
      () => s.post('/meetings/held/agenda-items/a/action-points', { text: 'Send mail', owner: 'stranger' }),
      404,
    );
    await refused(
      'held',
      () => s.post('/meetings/held/agenda-items/a/action-points', { text: ' ', owner: 'sofie' }),
      400,
    );
    // Due in seven days and three seconds: the council's P7D reminder fires in three seconds.
    const dueAt = new Date(Date.now() + 7 * DAY + 3_000).toISOString();
    const added = await s
      .post('/meetings/held/agenda-items/a/action-points', {
        id: 'ap1',
        text: 'Sofie sender en mail rundt',
        owner: 'sofie',
        dueAt,
      })
      .expect(201);
    expect(added.body).toMatchObject({ id: 'ap1' });
    await s
      .post('/meetings/held/agenda-items/a/action-points', {
        id: 'ap2',
        text: 'Kira ringer til regionen',
        owner: 'kira',
      })
      .expect(201);
    const open = await eventually(
      async () => {
        const { body } = await s.get('/action-points?status=open').expect(200);
        return body.length === 2 ? body : undefined;
      },
      { what: 'two open action points' },
    );
    expect(open[0]).toEqual({
      id: 'ap1',
      meetingId: 'held',
      itemId: 'a',
      text: 'Sofie sender en mail rundt',
      owner: 'sofie',
      ownerNamed: false,
      ownerOrganisation: null,
      dueAt,
      refersTo: null,
      status: 'open',
      droppedReason: null,
    });
    await s.get('/action-points?status=maybe').expect(400);
    const reminder = await eventually(
      async () =>
        (await events('held')).find(
          (e) => e.type === 'RemindersIssued' && (e.data as { deadline: string }).deadline === 'action-point',
        ),
      { timeoutMs: 15_000, what: 'the action point reminder' },
    );
    expect(reminder.data).toMatchObject({ reminderId: 'action-point-ap1-P7D', recipients: ['sofie'], dueAt });
    await s.post('/action-points/ap2/completion', {}).expect(200);
    await s.post('/action-points/nope/completion', {}).expect(404);
    await eventually(async () => (await s.get('/action-points?status=open').expect(200)).body.length === 1, {
      what: 'one action point left open',
    });
    expect(
      (await s.get('/action-points?status=done').expect(200)).body.map((p: { id: string }) => p.id),
    ).toEqual(['ap2']);
  }, 30_000);
});

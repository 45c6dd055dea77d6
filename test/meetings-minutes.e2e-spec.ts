/**
 * Issue 17 item 5 on the real HTTP app: the draft minutes circulated to the members with a
 * deadline for comments (a reminder job before it in BullMQ, comments kept, approval waiting for
 * the deadline), then approved by the next meeting under its item "approval of the previous
 * minutes". Refusals are 400/404/409 and append nothing.
 */
import { CommandExecutor } from '@app/event-store';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { caseStreamId, Clock } from '@app/kernel';
import { DeadlineScheduler } from '@app/scheduling';
import { eventually } from './support/eventually';
import { councilApi, meetingEvents } from './support/meeting-api';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const DAY = 86_400_000;

describe('minutes circulated for comments, then approved by the next meeting (issue 17)', () => {
  let t: TestApp;
  let today: string | undefined;
  const council = uniqueName('min');
  const now = Date.now();
  const day = (days: number) => new Date(now + days * DAY).toISOString();
  const as = (personId = 'sofie', role: 'secretary' | 'chair' | 'member' = 'secretary') =>
    councilApi(t, council, personId, role);
  const { events, refused } = meetingEvents(() => t, council);

  beforeAll(async () => {
    t = await startTestApp();
    const clock = t.app.get(Clock);
    const real = clock.now.bind(clock);
    jest.spyOn(clock, 'now').mockImplementation(() => (today ? new Date(today) : real()));
    await seedCouncil(t.app.get(CommandExecutor), council, {
      members: ['rene', 'lone', 'maja'],
      chair: 'rene',
      secretary: 'sofie',
      reminderOffsets: ['P2D'],
    });
  }, 60_000);
  afterAll(async () => {
    jest.restoreAllMocks();
    await t?.close();
  });

  it('circulates a complete draft, keeps comments, reminds before the deadline and waits for it', async () => {
    const s = as();
    await s.post('/meetings', { id: 'jan', kind: 'ordinary', startsAt: day(-20) }).expect(201);
    for (const [id, title] of [
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Gensidig orientering'],
    ]) {
      await s.post('/meetings/jan/agenda-items', { id, title }).expect(201);
    }
    await s
      .post('/meetings/jan/agenda-items/1/decision', { decision: 'Dagsorden blev godkendt.' })
      .expect(200);

    // A draft with an item not dealt with is not circulated; the refusal names it.
    const incomplete = await refused(
      'jan',
      () => s.post('/meetings/jan/minutes-circulation', { commentsBy: day(10) }),
      409,
    );
    expect(JSON.stringify(incomplete.body)).toContain('2 (item 2, \\"Gensidig orientering\\")');
    await s
      .post('/meetings/jan/agenda-items/2/decision', { decision: 'Medlemmerne orienterede hinanden.' })
      .expect(200);
    await refused('jan', () => s.post('/meetings/jan/minutes-circulation', { commentsBy: day(-1) }), 400);
    await refused('jan', () => s.post('/meetings/jan/minutes-circulation', { commentsBy: 'fredag' }), 400);
    await refused(
      'jan',
      () => as('lone', 'member').post('/meetings/jan/minutes-circulation', { commentsBy: day(10) }),
      403,
    );
    const commentsBy = day(10);
    await s.post('/meetings/jan/minutes-circulation', { commentsBy }).expect(200);

    // The members are reminded two days before the deadline (the council's offset).
    const streamId = caseStreamId('meeting', council, 'jan');
    await eventually(
      async () =>
        (await t.app.get(DeadlineScheduler).queue.getJobs(['delayed', 'waiting'])).some(
          (job) => job.data.streamId === streamId && job.data.deadline.id === 'minutes-comments-1-P2D',
        ),
      { what: 'the reminder before the deadline for comments', timeoutMs: 30_000 },
    );

    await as('lone', 'member')
      .post('/meetings/jan/minutes-comments', { id: 'c1', itemId: '2', text: 'Jeg nævnte også Reden.' })
      .expect(201);
    await refused(
      'jan',
      () => as('maja', 'member').post('/meetings/jan/minutes-comments', { itemId: '9', text: 'x' }),
      404,
    );
    await refused(
      'jan',
      () => as('maja', 'member').post('/meetings/jan/minutes-comments', { text: '' }),
      400,
    );
    // The chair in office does not approve while the draft is out for comments.
    await refused('jan', () => as('rene', 'chair').post('/meetings/jan/minutes-approval', {}), 409);

    const minutes = (await s.get('/meetings/jan').expect(200)).body.minutes;
    expect(minutes).toMatchObject({
      approved: false,
      circulation: { commentsBy, circulatedBy: 'sofie' },
      comments: [{ id: 'c1', by: 'lone', itemId: '2', text: 'Jeg nævnte også Reden.', late: false }],
    });
  }, 60_000);

  it('approves the previous minutes by deciding the next meeting’s item, dated at that meeting', async () => {
    const s = as();
    const marchAt = day(30);
    await s.post('/meetings', { id: 'mar', kind: 'ordinary', startsAt: marchAt }).expect(201);
    await s
      .post('/meetings/mar/agenda-items', {
        id: 'm2',
        title: 'Godkendelse af referat fra sidste møde',
        kind: 'previous-minutes-approval',
      })
      .expect(201);
    await refused(
      'mar',
      () =>
        s.post('/meetings/mar/agenda-items', { id: 'm3', title: 'x', kind: 'discussion', minutesOf: 'jan' }),
      400,
    );
    await eventually(async () => (await s.get('/meetings').expect(200)).body.length >= 2, {
      what: 'both meetings listed',
    });

    today = new Date(Date.parse(marchAt) + 3_600_000).toISOString();
    await s
      .post('/meetings/mar/agenda-items/m2/decision', { decision: 'Referatet blev godkendt.' })
      .expect(200);
    expect((await s.get('/meetings/jan').expect(200)).body.minutes).toMatchObject({
      approved: true,
      approvedAt: marchAt,
      approvedBy: 'sofie',
      approvedByMeeting: { meetingId: 'mar', itemId: 'm2' },
    });
    expect((await s.get('/meetings/mar').expect(200)).body.agenda[0]).toMatchObject({
      kind: 'previous-minutes-approval',
      decision: 'Referatet blev godkendt.',
    });
    // Approved minutes take no more comments.
    await refused(
      'jan',
      () => as('lone', 'member').post('/meetings/jan/minutes-comments', { text: 'Sent' }),
      409,
    );
  }, 60_000);

  it('refuses the next meeting’s approval while an item of the minutes it names is not dealt with', async () => {
    today = undefined;
    const s = as();
    await s.post('/meetings', { id: 'old', kind: 'ordinary', startsAt: day(-60) }).expect(201);
    await s.post('/meetings/old/agenda-items', { id: 'o1', title: 'Uregistrerede migranter' }).expect(201);
    await s.post('/meetings', { id: 'after-old', kind: 'ordinary', startsAt: day(-50) }).expect(201);
    await s
      .post('/meetings/after-old/agenda-items', {
        id: 'a1',
        title: 'Godkendelse af referat',
        kind: 'previous-minutes-approval',
        minutesOf: 'old',
      })
      .expect(201);
    const before = (await events('old')).length;
    const answer = await refused(
      'after-old',
      () => s.post('/meetings/after-old/agenda-items/a1/decision', { decision: 'Godkendt' }),
      409,
    );
    expect(JSON.stringify(answer.body)).toContain('o1 (item 1, \\"Uregistrerede migranter\\")');
    expect(await events('old')).toHaveLength(before);
  }, 60_000);

  it('has a secretary record the approval by a later held meeting, never approve on her own (issue 17)', async () => {
    today = undefined;
    const s = as();
    const octAt = day(-35);
    await s.post('/meetings', { id: 'earlier', kind: 'ordinary', startsAt: day(-45) }).expect(201);
    await s.post('/meetings', { id: 'sep', kind: 'ordinary', startsAt: day(-40) }).expect(201);
    await s.post('/meetings/sep/agenda-items', { id: 's1', title: 'Eventuelt' }).expect(201);
    await s.post('/meetings/sep/agenda-items/s1/decision', { decision: 'Intet.' }).expect(200);
    await s.post('/meetings', { id: 'oct', kind: 'ordinary', startsAt: octAt }).expect(201);
    await s
      .post('/meetings/oct/agenda-items', {
        id: 'o2',
        title: 'Godkendelse af referat',
        kind: 'previous-minutes-approval',
      })
      .expect(201);
    await s.post('/meetings', { id: 'coming', kind: 'ordinary', startsAt: day(10) }).expect(201);

    const alone = await refused('sep', () => s.post('/meetings/sep/minutes-approval', {}), 403);
    expect(JSON.stringify(alone.body)).toContain('a secretary does not approve the minutes on her own');
    const approvedBy = (meetingId: string, itemId?: string) => () =>
      s.post('/meetings/sep/minutes-approval', { byMeeting: { meetingId, ...(itemId && { itemId }) } });
    await refused('sep', approvedBy('coming'), 409);
    await refused('sep', approvedBy('earlier'), 400);
    await refused('sep', approvedBy('sep'), 400);
    await refused('sep', approvedBy('no-such-meeting'), 404);
    await refused('sep', approvedBy('oct', 'o9'), 404);
    await refused('sep', () => s.post('/meetings/sep/minutes-approval', { byMeeting: {} }), 400);

    // Named, held and after: approved on the day of that meeting, under its approval item.
    await approvedBy('oct')().expect(200);
    expect((await s.get('/meetings/sep').expect(200)).body.minutes).toMatchObject({
      approved: true,
      approvedAt: octAt,
      approvedBy: 'sofie',
      approvedByMeeting: { meetingId: 'oct', itemId: 'o2' },
    });
  }, 60_000);
});

/**
 * Issue 17.1 on the real HTTP app: a joint meeting of two councils (seed 003 item 6: Region
 * Sjælland's council with Region Hovedstaden's). One copy per council, each on its council's list
 * with its own items, reminders and minutes; each council reads the other's open items and never
 * its closed ones; the arranging council moves and cancels both copies. Bad input is a 400/403/404
 * that writes nothing on either council.
 */
import { CommandExecutor, EventStore } from '@app/event-store';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { caseStreamId } from '@app/kernel';
import { DeadlineScheduler } from '@app/scheduling';
import { eventually } from './support/eventually';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const DAY = 86_400_000;

describe('joint meetings (issue 17.1)', () => {
  let t: TestApp;
  let store: EventStore;
  const sj = uniqueName('sj');
  const hov = uniqueName('hov');
  const inDays = (days: number, hours = 0) =>
    new Date(Date.now() + days * DAY + hours * 3_600_000).toISOString();
  type Role = 'secretary' | 'chair' | 'member' | 'evaluator';
  const as = (councilId: string, personId: string, role: Role = 'secretary', path = councilId) => {
    const auth = t.auth(t.token({ personId, role, councilId }));
    const url = (p: string) => `/api/councils/${path}${p}`;
    return {
      post: (p: string, body: object) => t.http.post(url(p)).set(auth).send(body),
      patch: (p: string, body: object) => t.http.patch(url(p)).set(auth).send(body),
      get: (p: string) => t.http.get(url(p)).set(auth),
    };
  };
  const sofie = () => as(sj, 'sofie');
  const hanne = () => as(hov, 'hanne');
  const events = (councilId: string, meetingId: string) =>
    store.readStream(caseStreamId('meeting', councilId, meetingId));
  const jobsOf = async (councilId: string, meetingId: string) =>
    (await t.app.get(DeadlineScheduler).queue.getJobs(['delayed', 'waiting', 'active'])).filter(
      (job) => job.data.streamId === caseStreamId('meeting', councilId, meetingId),
    );

  beforeAll(async () => {
    t = await startTestApp();
    store = t.app.get(EventStore);
    const executor = t.app.get(CommandExecutor);
    await seedCouncil(executor, sj, {
      members: ['rene', 'tina'],
      chair: 'rene',
      secretary: 'sofie',
      reminderOffsets: ['P7D'],
    });
    await seedCouncil(executor, hov, {
      members: ['anders', 'birgit'],
      chair: 'anders',
      secretary: 'hanne',
      reminderOffsets: ['P2D'],
    });
  }, 60_000);
  afterAll(() => t?.close());

  it('refuses a council that does not exist (404 naming it), itself, and other councils on another kind, writing nothing', async () => {
    const body = { id: 'bad', startsAt: inDays(30), place: 'Sorø' };
    const unknown = await sofie()
      .post('/meetings', { ...body, kind: 'joint', jointWith: [hov, 'no-such-council'] })
      .expect(404);
    expect(JSON.stringify(unknown.body)).toContain('no-such-council');
    await sofie()
      .post('/meetings', { ...body, jointWith: [sj] })
      .expect(400);
    await sofie()
      .post('/meetings', { ...body, kind: 'ordinary', jointWith: [hov] })
      .expect(400);
    await sofie()
      .post('/meetings', { ...body, kind: 'joint' })
      .expect(400);
    await sofie()
      .post('/meetings', { ...body, jointWith: [] })
      .expect(400);
    // The chair calls extraordinary meetings; a joint one is the secretariat's to arrange.
    await as(sj, 'rene', 'chair')
      .post('/meetings', { ...body, jointWith: [hov] })
      .expect(403);
    expect(await events(sj, 'bad')).toHaveLength(0);
    expect(await events(hov, 'bad')).toHaveLength(0);
  });

  it("puts each council's items on its own copy; each reads the other's open items, never its closed ones", async () => {
    const startsAt = inDays(40);
    await sofie()
      .post('/meetings', { id: 'joint-1', jointWith: [hov], startsAt, place: 'Rådssalen, Sorø' })
      .expect(201);
    expect((await hanne().get('/meetings').expect(200)).body).toContainEqual(
      expect.objectContaining({ id: 'joint-1', kind: 'joint', jointWith: [sj], hostedBy: sj, startsAt }),
    );
    await sofie()
      .post('/meetings/joint-1/agenda-items', { id: '1', title: 'Organisering i Region Østdanmark' })
      .expect(201);
    await sofie()
      .post('/meetings/joint-1/agenda-items', { id: '2', title: 'Sjællands lukkede punkt', open: false })
      .expect(201);
    await hanne()
      .post('/meetings/joint-1/agenda-items', { id: '1', title: 'Hovedstadens syn på fusionen' })
      .expect(201);
    await hanne()
      .post('/meetings/joint-1/agenda-items', { id: '2', title: 'Hovedstadens lukkede punkt', open: false })
      .expect(201);
    // A council writes only on its own copy: the other council's address is not found for it.
    await as(hov, 'hanne', 'secretary', sj)
      .post('/meetings/joint-1/agenda-items', { title: 'Ind ad bagdøren' })
      .expect(404);

    const ours = (await sofie().get('/meetings/joint-1').expect(200)).body;
    expect(ours.agenda.map((i: { title: string }) => i.title)).toEqual([
      'Organisering i Region Østdanmark',
      'Sjællands lukkede punkt',
    ]);
    expect(ours.otherCouncils).toEqual([
      expect.objectContaining({
        councilId: hov,
        arranged: false,
        minutesApproved: false,
        agenda: [expect.objectContaining({ id: '1', number: 1, title: 'Hovedstadens syn på fusionen' })],
      }),
    ]);
    expect(JSON.stringify(ours)).not.toContain('Hovedstadens lukkede punkt');
    // Their members and evaluator read the same: their own items, and ours that are open.
    for (const role of ['member', 'evaluator'] as const) {
      const theirs = (await as(hov, 'birgit', role).get('/meetings/joint-1').expect(200)).body;
      expect(theirs.otherCouncils[0]).toMatchObject({ councilId: sj, arranged: true });
      expect(theirs.otherCouncils[0].agenda.map((i: { title: string }) => i.title)).toEqual([
        'Organisering i Region Østdanmark',
      ]);
      expect(JSON.stringify(theirs)).not.toContain('Sjællands lukkede punkt');
    }
    // The agenda as a document: our items, then theirs under their council's name; their closed one not at all.
    const md = (await sofie().get('/meetings/joint-1/agenda?format=md').expect(200)).text;
    expect(md).toContain('## Punkt 2: Sjællands lukkede punkt');
    expect(md).toContain('Punkter fra Udsatterådet:');
    expect(md).toContain('## Punkt Udsatterådet 1: Hovedstadens syn på fusionen');
    expect(md).not.toContain('Hovedstadens lukkede punkt');
    const theirMd = (await hanne().get('/meetings/joint-1/agenda?format=md').expect(200)).text;
    expect(theirMd).toContain('Organisering i Region Østdanmark');
    expect(theirMd).not.toContain('Sjællands lukkede punkt');
  });

  it('moves and cancels every copy from the arranging council; the other council may not (403), and its reminders follow', async () => {
    const startsAt = inDays(50);
    await sofie()
      .post('/meetings', { id: 'joint-2', kind: 'joint', jointWith: [hov], startsAt, place: 'Sorø' })
      .expect(201);
    // Each copy reminds its own council's members, at its own council's offsets.
    await eventually(async () => (await jobsOf(hov, 'joint-2')).length > 0, {
      what: "the other council's reminders",
    });
    const before = (await events(hov, 'joint-2')).length;
    await hanne().patch('/meetings/joint-2', { place: 'Hillerød' }).expect(403);
    await hanne().post('/meetings/joint-2/cancellation', { reason: 'Vi kan ikke' }).expect(403);
    expect(await events(hov, 'joint-2')).toHaveLength(before);

    const moved = inDays(52);
    await sofie().patch('/meetings/joint-2', { startsAt: moved, place: 'Regionshuset, Sorø' }).expect(200);
    expect((await hanne().get('/meetings/joint-2').expect(200)).body).toMatchObject({
      startsAt: moved,
      place: 'Regionshuset, Sorø',
      hostedBy: sj,
    });
    await sofie().post('/meetings/joint-2/cancellation', { reason: 'Fusionsmødet flyttes' }).expect(200);
    expect((await hanne().get('/meetings/joint-2').expect(200)).body.cancelled).toMatchObject({
      reason: 'Fusionsmødet flyttes',
      cancelledBy: 'sofie',
    });
    await eventually(async () => (await jobsOf(hov, 'joint-2')).length === 0, {
      what: "the other council's reminders removed",
    });
    await eventually(
      async () =>
        (await hanne().get('/meetings').expect(200)).body.find((m: { id: string }) => m.id === 'joint-2')
          ?.cancelled === true,
      { what: "the other council's list marking it cancelled" },
    );
  });

  it('has each council approve its own minutes: one council approving leaves the other’s open', async () => {
    const startsAt = inDays(-2);
    await sofie()
      .post('/meetings', { id: 'joint-3', jointWith: [hov], startsAt, place: 'Sorø' })
      .expect(201);
    await sofie().post('/meetings/joint-3/agenda-items', { id: 's1', title: 'Fælles drøftelse' }).expect(201);
    await hanne().post('/meetings/joint-3/agenda-items', { id: 'h1', title: 'Fælles drøftelse' }).expect(201);
    await hanne()
      .post('/meetings/joint-3/agenda-items/h1/decision', { decision: 'Drøftet.', absent: [] })
      .expect(200);
    await as(hov, 'anders', 'chair').post('/meetings/joint-3/minutes-approval', {}).expect(200);

    // Region Sjælland's minutes wait for its own item, named; Region Hovedstaden's are approved.
    const refused = await as(sj, 'rene', 'chair').post('/meetings/joint-3/minutes-approval', {}).expect(409);
    expect(JSON.stringify(refused.body)).toContain('s1');
    expect(JSON.stringify(refused.body)).not.toContain('h1');
    const ours = (await sofie().get('/meetings/joint-3').expect(200)).body;
    expect(ours.minutes.approved).toBe(false);
    expect(ours.otherCouncils[0]).toMatchObject({ councilId: hov, minutesApproved: true });
    expect(ours.otherCouncils[0].agenda[0]).toMatchObject({ id: 'h1', decision: 'Drøftet.' });
  });
});

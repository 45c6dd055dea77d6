/**
 * Issue 17 item 4 on the real HTTP app: an action point serving a case of the council (a hearing;
 * another council's is 400, as for an agenda item), listed on the next meeting's agenda while open, and dropped with a
 * reason: its reminder job gone from BullMQ, off the open list and the agenda. Refusals append nothing.
 */
import { CommandExecutor } from '@app/event-store';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { caseStreamId } from '@app/kernel';
import { DeadlineScheduler } from '@app/scheduling';
import { eventually } from './support/eventually';
import { councilApi, meetingEvents } from './support/meeting-api';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const DAY = 86_400_000;

describe('action points dropped, serving a case, on the next agenda (issue 17)', () => {
  let t: TestApp;
  const council = uniqueName('ap');
  const other = uniqueName('ap-other');
  const day = (days: number) => new Date(Date.now() + days * DAY).toISOString();
  const as = (councilId = council) => councilApi(t, councilId, 'anja', 'secretary');
  const { refused } = meetingEvents(() => t, council);
  const jobIds = async (meetingId: string) =>
    (await t.app.get(DeadlineScheduler).queue.getJobs(['delayed', 'waiting']))
      .filter((job) => job.data.streamId === caseStreamId('meeting', council, meetingId))
      .map((job) => job.data.deadline.id);

  beforeAll(async () => {
    t = await startTestApp();
    for (const id of [council, other]) {
      await seedCouncil(t.app.get(CommandExecutor), id, {
        members: ['ivan', 'nina'],
        chair: 'ivan',
        secretary: 'anja',
        reminderOffsets: ['P2D'],
      });
    }
  }, 60_000);
  afterAll(() => t?.close());

  it('links an action point to the hearing it serves, lists it on the next agenda, and drops it with a reason', async () => {
    const s = as();
    const hearing = { title: 'Høring vedr. samarbejdsaftaler', issuingBody: 'Region Hovedstaden' };
    await s.post('/hearings', { id: 'aftaler', ...hearing, responseDeadline: day(20) }).expect(201);
    await as(other)
      .post('/hearings', { id: 'elsewhere', ...hearing, responseDeadline: day(20) })
      .expect(201);
    await s.post('/meetings', { id: 'held', kind: 'ordinary', startsAt: day(-1) }).expect(201);
    await s.post('/meetings', { id: 'next', kind: 'ordinary', startsAt: day(30) }).expect(201);
    await s.post('/meetings/held/agenda-items', { id: '9', title: 'Høring' }).expect(201);

    const point = { text: 'Anja sender en mail rundt', owner: 'anja', dueAt: day(10) };
    await refused(
      'held',
      () =>
        s.post('/meetings/held/agenda-items/9/action-points', {
          ...point,
          refersTo: { kind: 'hearing', id: 'elsewhere' },
        }),
      400,
    );
    await refused(
      'held',
      () =>
        s.post('/meetings/held/agenda-items/9/action-points', {
          ...point,
          refersTo: { kind: 'lawsuit', id: 'aftaler' },
        }),
      400,
    );
    const refersTo = { kind: 'hearing', id: 'aftaler' };
    await s
      .post('/meetings/held/agenda-items/9/action-points', { id: 'mail', ...point, refersTo })
      .expect(201);
    await eventually(async () => (await jobIds('held')).includes('action-point-mail-P2D'), {
      what: 'the reminder job',
      timeoutMs: 30_000,
    });

    // Open, it is on the next meeting's agenda (not on its own meeting's), in JSON and Markdown.
    const agenda = await eventually(
      async () => {
        const { body } = await s.get('/meetings/next/agenda').expect(200);
        return body.openActionPoints.length === 1 ? body : undefined;
      },
      { what: 'the open action point on the next agenda' },
    );
    expect(agenda.openActionPoints[0]).toMatchObject({
      id: 'mail',
      meetingId: 'held',
      refersTo,
      status: 'open',
    });
    expect((await s.get('/meetings/held/agenda').expect(200)).body.openActionPoints).toEqual([]);
    const md = (await s.get('/meetings/next/agenda?format=md').expect(200)).text;
    expect(md).toContain('## Åbne opfølgningspunkter fra tidligere møder');
    expect(md).toContain('- Anja sender en mail rundt (anja, frist ');

    await s.post('/action-points/mail/drop', { reason: ' ' }).expect(400);
    await s.post('/action-points/nope/drop', { reason: 'x' }).expect(404);
    await s.post('/action-points/mail/drop', { reason: 'Svaret blev godkendt på mødet' }).expect(200);
    await s.post('/action-points/mail/completion', {}).expect(409);
    await eventually(async () => !(await jobIds('held')).includes('action-point-mail-P2D'), {
      what: 'the reminder job removed',
      timeoutMs: 30_000,
    });
    await eventually(async () => (await s.get('/action-points?status=open').expect(200)).body.length === 0, {
      what: 'nothing open',
    });
    expect((await s.get('/action-points?status=dropped').expect(200)).body).toEqual([
      expect.objectContaining({
        id: 'mail',
        status: 'dropped',
        droppedReason: 'Svaret blev godkendt på mødet',
      }),
    ]);
    expect((await s.get('/meetings/next/agenda').expect(200)).body.openActionPoints).toEqual([]);
    expect((await s.get('/meetings/held').expect(200)).body.actionPoints[0]).toMatchObject({
      status: 'dropped',
      refersTo,
      dropped: { reason: 'Svaret blev godkendt på mødet', droppedBy: 'anja' },
    });
  }, 90_000);

  it('takes an owner from the region by name, not on the council; a person id still has to be one (issue 17)', async () => {
    const s = as();
    await s.post('/meetings', { id: 'named', kind: 'ordinary', startsAt: day(-2) }).expect(201);
    await s.post('/meetings', { id: 'after-named', kind: 'ordinary', startsAt: day(40) }).expect(201);
    await s.post('/meetings/named/agenda-items', { id: '2', title: 'Orientering fra regionen' }).expect(201);
    const path = '/meetings/named/agenda-items/2/action-points';
    const text = 'Regionen sender oversigten over tilbuddene til rådet';
    await refused('named', () => s.post(path, { text, owner: 'mette' }), 404);
    await refused('named', () => s.post(path, { text }), 400);
    await refused('named', () => s.post(path, { text, owner: 'anja', ownerName: 'Mette Hansen' }), 400);
    await refused('named', () => s.post(path, { text, ownerName: ' ' }), 400);
    await refused('named', () => s.post(path, { text, owner: 'anja', ownerOrganisation: 'Region' }), 400);

    const owner = { ownerName: 'Mette Hansen', ownerOrganisation: 'Region Hovedstaden, Psykiatri og Social' };
    await s.post(path, { id: 'oversigt', text, ...owner, dueAt: day(10) }).expect(201);
    expect((await s.get('/meetings/named').expect(200)).body.actionPoints[0]).toMatchObject({
      id: 'oversigt',
      owner: 'Mette Hansen',
      ownerNamed: true,
      ownerOrganisation: owner.ownerOrganisation,
      status: 'open',
    });
    // Her reminder job is the secretaries' to act on; she is listed and printed as written.
    await eventually(async () => (await jobIds('named')).includes('action-point-oversigt-P2D'), {
      what: 'the reminder job',
      timeoutMs: 30_000,
    });
    const open = await eventually(
      async () => {
        const { body } = await s.get('/action-points?status=open').expect(200);
        return body.find((p: { id: string }) => p.id === 'oversigt');
      },
      { what: 'the named owner on the open list' },
    );
    expect(open).toMatchObject({
      owner: 'Mette Hansen',
      ownerNamed: true,
      ownerOrganisation: owner.ownerOrganisation,
    });
    const md = (await s.get('/meetings/after-named/agenda?format=md').expect(200)).text;
    expect(md).toContain(`- ${text} (Mette Hansen, Region Hovedstaden, Psykiatri og Social, frist `);
  }, 90_000);
});

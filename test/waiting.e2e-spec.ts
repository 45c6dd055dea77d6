/**
 * Issue 14, item 4: "what waits for me" over the real HTTP app (PostgreSQL, own schema), read from
 * its inline read model right after each write: a member's input and approval, the chair's
 * sign-off for whoever holds the chair now, the next meeting, and who may ask.
 */
import { CommandExecutor } from '@app/event-store';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { councilApi } from './support/meeting-api';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

interface Waiting {
  items: { kind: string; caseId: string; title: string; what: string; dueAt: string }[];
  nextMeeting?: { id: string; startsAt: string; place: string | null };
}

describe('GET /api/councils/:councilId/waiting (real HTTP app, PostgreSQL)', () => {
  let t: TestApp;
  let councilId: string;
  const as = (personId: string, role: 'secretary' | 'chair' | 'member' | 'evaluator' = 'member') =>
    councilApi(t, councilId, personId, role);
  const waiting = async (personId: string, role: 'chair' | 'member' = 'member') =>
    (await as(personId, role).get('/waiting').expect(200)).body as Waiting;
  const whats = async (personId: string, role: 'chair' | 'member' = 'member') =>
    (await waiting(personId, role)).items.map((i) => `${i.caseId}:${i.what}`);

  beforeAll(async () => {
    t = await startTestApp();
    councilId = uniqueName('c');
    await seedCouncil(t.app.get(CommandExecutor), councilId, {
      members: ['anna', 'bo', 'carl', 'ivan'],
      chair: 'carl',
      secretary: 'sofie',
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers each caller her own items as each write is answered, and the sign-off to the chair in office', async () => {
    const sofie = as('sofie', 'secretary');
    const responseDeadline = inDays(20);
    const inputDeadline = inDays(10);
    await sofie
      .post('/hearings', {
        id: 'h1',
        title: 'Høring om botilbud',
        issuingBody: 'Region H',
        responseDeadline,
        inputDeadline,
      })
      .expect(201);
    await sofie.post('/meetings', { id: 'm-later', startsAt: inDays(30), place: 'Lokale 3' }).expect(201);
    const nextStart = inDays(5);
    await sofie.post('/meetings', { id: 'm-next', startsAt: nextStart, place: 'Regionsgården' }).expect(201);
    await sofie.post('/meetings', { id: 'm-cancelled', startsAt: inDays(2), place: 'Aflyst' }).expect(201);
    await sofie.post('/meetings/m-cancelled/cancellation', { reason: 'Ingen sager' }).expect(200);

    // Given an open hearing, then every invited member owes input, due at the input deadline.
    const anna = await waiting('anna');
    expect(anna.items).toEqual([
      {
        kind: 'hearing',
        caseId: 'h1',
        title: 'Høring om botilbud',
        what: 'input',
        dueAt: new Date(inputDeadline).toISOString(),
      },
    ]);
    expect(anna.nextMeeting).toMatchObject({ id: 'm-next', place: 'Regionsgården' });
    expect(Date.parse(anna.nextMeeting!.startsAt)).toBe(Date.parse(nextStart));

    // When anna gives input and bo's is recorded on his behalf, then theirs go; carl's stays.
    await as('anna').post('/hearings/h1/inputs', { text: 'Flere pladser' }).expect(200);
    await sofie
      .post('/hearings/h1/inputs', { text: 'Sagt på mødet', onBehalfOf: 'bo', channel: 'mail' })
      .expect(200);
    expect(await whats('anna')).toEqual([]);
    expect(await whats('bo')).toEqual([]);
    expect(await whats('carl', 'chair')).toEqual(['h1:input']);

    // When the draft goes for approval, then the members owe their approval and the chair the sign-off.
    await sofie.post('/hearings/h1/drafts', { text: 'Rådets svar', basedOn: ['anna', 'bo'] }).expect(200);
    await sofie.post('/hearings/h1/approval-request', { approvalDeadline: inDays(15) }).expect(200);
    expect(await whats('anna')).toEqual(['h1:approval']);
    expect(await whats('carl', 'chair')).toEqual(['h1:approval', 'h1:sign-off']);

    // When anna approves, then hers goes; when ivan is elected chair, the sign-off waits for him.
    await as('anna').post('/hearings/h1/approvals', { approve: true }).expect(200);
    expect(await whats('anna')).toEqual([]);
    await sofie.post('/chair', { personId: 'ivan' }).expect(200);
    expect(await whats('ivan', 'chair')).toEqual(['h1:approval', 'h1:sign-off']);
    expect(await whats('carl')).toEqual(['h1:approval']);

    // When the chair signs off and the response is submitted, then nothing waits for anyone.
    await as('ivan', 'chair').post('/hearings/h1/sign-off', {}).expect(200);
    expect(await whats('carl')).toEqual([]);
    await sofie.post('/hearings/h1/submission', { recipient: 'Region H' }).expect(200);
    for (const person of ['anna', 'bo', 'carl']) expect(await whats(person)).toEqual([]);
    expect(await whats('ivan', 'chair')).toEqual([]);
  });

  it('is read by every role that reads the council, each her own, and by no one outside it (404: ids of other councils do not leak)', async () => {
    expect((await as('eva', 'evaluator').get('/waiting').expect(200)).body.items).toEqual([]);
    expect((await as('sofie', 'secretary').get('/waiting').expect(200)).body.items).toEqual([]);
    await t.http.get(`/api/councils/${councilId}/waiting`).expect(401);
    await t.http
      .get(`/api/councils/${councilId}/waiting`)
      .set(t.auth(t.token({ personId: 'root', role: 'admin' })))
      .expect(404);
    await t.http
      .get(`/api/councils/${councilId}/waiting`)
      .set(t.auth(t.token({ personId: 'anna', role: 'member', councilId: 'another' })))
      .expect(404);
  });
});

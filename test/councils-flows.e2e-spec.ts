/**
 * Issue 3 flows beyond seed 000, on the real stack: a CLI token signed with the secret the
 * server generated into DATA_DIR; three different members requiring an extraordinary meeting
 * (a fourth refused, the chair's call answering them); members reminded before a meeting by a
 * real BullMQ job at the council's reminder offset.
 */
import { EventStore } from '@app/event-store';
import { runTokenCommand } from '../apps/cli/src/commands/token-command';
import { eventually } from './support/eventually';
import { startTestApp, type TestApp } from './support/test-app';
import { caseStreamId } from '@app/kernel';

describe('councils flows', () => {
  let t: TestApp;
  let store: EventStore;

  beforeAll(async () => {
    // No AUTH_SECRET: the server generates one into its DATA_DIR, as on a first `npm start`.
    t = await startTestApp({ env: { AUTH_SECRET: '' } });
    store = t.app.get(EventStore);
  }, 30_000);
  afterAll(() => t?.close());

  const as = (personId: string, role: 'secretary' | 'chair' | 'member', councilId: string) =>
    t.auth(t.token({ personId, role, councilId }));

  it('accepts a CLI token signed with the secret generated into DATA_DIR, and no other', async () => {
    const token = runTokenCommand(['--person', 'root', '--role', 'admin', '--expires', '1h'], {
      DATA_DIR: t.config.dataDir,
    });
    await t.http
      .post('/api/councils')
      .set(t.auth(token))
      .send({ id: 'cli-council', name: 'CLI' })
      .expect(201);
    const foreign = runTokenCommand(['--person', 'root', '--role', 'admin'], {
      AUTH_SECRET: 'some-other-secret',
    });
    await t.http
      .post('/api/councils')
      .set(t.auth(foreign))
      .send({ id: 'cli-council-2', name: 'CLI' })
      .expect(401);
    expect(() =>
      runTokenCommand(['--person', 'x', '--role', 'member'], { DATA_DIR: t.config.dataDir }),
    ).toThrow(/--council/);
    expect(() =>
      runTokenCommand(['--person', 'x', '--role', 'king'], { DATA_DIR: t.config.dataDir }),
    ).toThrow(/--role/);
  });

  it('requires an extraordinary meeting at the third different member, refuses a fourth, and the chair answers', async () => {
    const council = 'extra';
    const admin = t.auth(t.token({ personId: 'root', role: 'admin' }));
    const secretary = as('sec', 'secretary', council);
    await t.http.post('/api/councils').set(admin).send({ id: council, name: 'Extra' }).expect(201);
    for (const [personId, organisation] of [
      ['kira', 'Reden'],
      ['steen', 'SIND'],
      ['ole', 'WeShelter'],
      ['nina', 'Socialsygeplejerskerne'],
    ]) {
      await t.http
        .post(`/api/councils/${council}/members`)
        .set(secretary)
        .send({ personId, name: personId, organisation, email: `${personId}@example.org` })
        .expect(201);
    }
    await t.http.post(`/api/councils/${council}/chair`).set(secretary).send({ personId: 'nina' }).expect(200);
    const request = (personId: string) =>
      t.http
        .post(`/api/councils/${council}/extraordinary-meeting-requests`)
        .set(as(personId, 'member', council))
        .send({ reason: 'Flexklinikken' });

    expect((await request('kira').expect(200)).body).toMatchObject({ required: false });
    expect((await request('kira').expect(200)).body).toMatchObject({ required: false });
    expect((await request('steen').expect(200)).body).toMatchObject({ required: false });
    expect((await request('ole').expect(200)).body).toMatchObject({ required: true });
    await request('nina').expect(409);
    const view = await t.http.get(`/api/councils/${council}`).set(secretary).expect(200);
    expect(view.body.extraordinaryMeeting).toEqual({ required: true, requestedBy: ['kira', 'steen', 'ole'] });

    // A chair token for someone not in the chair is refused; the chair in office calls the meeting.
    await t.http
      .post(`/api/councils/${council}/meetings`)
      .set(as('kira', 'chair', council))
      .send({ id: 'extra-x1', startsAt: '2031-02-10T16:00:00+01:00' })
      .expect(403);
    const called = await t.http
      .post(`/api/councils/${council}/meetings`)
      .set(as('nina', 'chair', council))
      .send({ id: 'extra-x1', startsAt: '2031-02-10T16:00:00+01:00', place: 'Online' })
      .expect(201);
    expect(called.body).toEqual({ id: 'extra-x1', revision: 0 });
    const events = await store.readStream(`council-${council}`);
    expect(events.at(-1)).toMatchObject({
      type: 'ExtraordinaryMeetingCalled',
      data: { meetingId: 'extra-x1', calledBy: 'nina', answersRequestsOf: ['kira', 'steen', 'ole'] },
    });
    const meeting = await t.http.get(`/api/councils/${council}/meetings/extra-x1`).set(secretary).expect(200);
    expect(meeting.body).toMatchObject({ kind: 'extraordinary', calledBy: 'nina', place: 'Online' });
    expect((await request('nina').expect(200)).body).toMatchObject({ required: false });
    // Another council cannot see the meeting, nor reach it by id.
    await t.http
      .get(`/api/councils/cli-council/meetings/extra-x1`)
      .set(as('s', 'secretary', 'cli-council'))
      .expect(404);
  });

  it('lists every council for the admin, with a create answering where the council is (issue 15)', async () => {
    const admin = t.auth(t.token({ personId: 'root', role: 'admin' }));
    const created = await t.http
      .post('/api/councils')
      .set(admin)
      .send({ id: 'listed', name: 'Listed', timeZone: 'Europe/Copenhagen' })
      .expect(201);
    expect(created.headers.location).toBe('/api/councils/listed');
    await t.http
      .post('/api/councils/listed/members')
      .set(as('sec', 'secretary', 'listed'))
      .send({ personId: 'kira', name: 'Kira', organisation: 'SIND', email: 'kira@example.org' })
      .expect(201)
      .expect('Location', '/api/councils/listed/members');
    await t.http
      .post('/api/councils/listed/chair')
      .set(as('sec', 'secretary', 'listed'))
      .send({ personId: 'kira' });
    const { body } = await t.http.get('/api/councils').set(admin).expect(200);
    expect(body).toContainEqual({
      id: 'listed',
      name: 'Listed',
      timeZone: 'Europe/Copenhagen',
      members: 1,
      chair: 'Kira',
      revision: 2,
    });
    // Created before it, so listed before it.
    const ids = (body as { id: string }[]).map((c) => c.id);
    expect(ids.indexOf('cli-council')).toBeLessThan(ids.indexOf('listed'));
    const refused = await t.http
      .get('/api/councils')
      .set(as('sec', 'secretary', 'listed'))
      .expect(403);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({
      type: 'about:blank',
      title: 'Forbidden',
      status: 403,
      code: 'forbidden',
      instance: '/api/councils',
    });
    expect(typeof refused.body.detail).toBe('string');
  });

  it('seed 001 as issue 21.5 reads it: requests withdrawn, a resigned member not counted, the chair told', async () => {
    const council = 'requests';
    const admin = t.auth(t.token({ personId: 'root', role: 'admin' }));
    const secretary = as('sec', 'secretary', council);
    await t.http
      .post('/api/councils')
      .set(admin)
      .send({ id: council, name: 'Requests', ordinaryMeetingsPerYear: 6 })
      .expect(201);
    for (const [personId, organisation] of [
      ['ole', 'WeShelter'],
      ['nina', 'Socialsygeplejerskerne'],
      ['bo', 'Kompetencecenter'],
      ['ivan', 'Gadejuristen'],
      ['kira', 'Reden'],
    ]) {
      await t.http
        .post(`/api/councils/${council}/members`)
        .set(secretary)
        .send({ personId, name: personId, organisation, email: `${personId}@example.org` })
        .expect(201);
    }
    await t.http.post(`/api/councils/${council}/chair`).set(secretary).send({ personId: 'ivan' }).expect(200);
    const request = (personId: string) =>
      t.http
        .post(`/api/councils/${council}/extraordinary-meeting-requests`)
        .set(as(personId, 'member', council))
        .send({ reason: 'Flexklinikken lukker' });

    // ole + nina (who then resigns) + bo is two standing requests, not three.
    await request('ole').expect(200);
    await request('nina').expect(200);
    await t.http.delete(`/api/councils/${council}/members/nina`).set(secretary).expect(200);
    expect((await request('bo').expect(200)).body).toMatchObject({ required: false });
    // A withdrawn request no longer counts; asking again counts again.
    await t.http
      .delete(`/api/councils/${council}/extraordinary-meeting-requests/mine`)
      .set(as('bo', 'member', council))
      .expect(200);
    let view = await t.http.get(`/api/councils/${council}`).set(secretary).expect(200);
    expect(view.body.extraordinaryMeeting).toEqual({ required: false, requestedBy: ['ole'] });
    expect(view.body.terms).toEqual({ ordinaryMeetingsPerYear: 6, requestsLapseAfter: null });
    await request('bo').expect(200);
    expect((await request('kira').expect(200)).body).toMatchObject({ required: true });

    // The chair in office is told (a RemindersIssued on the council, in her notifications).
    const told = await eventually(
      async () => {
        const res = await t.http
          .get('/api/me/notifications')
          .set(as('ivan', 'chair', council))
          .expect(200);
        return res.body.find((n: { deadline: string }) => n.deadline === 'extraordinary-meeting');
      },
      { what: "the chair's notification of a required meeting" },
    );
    expect(told).toMatchObject({ category: 'council', data: { recipients: ['ivan'] } });

    // The council's terms: a period after which a request lapses.
    await t.http
      .put(`/api/councils/${council}/terms`)
      .set(secretary)
      .send({ requestsLapseAfter: 'P3M' })
      .expect(200);
    view = await t.http.get(`/api/councils/${council}`).set(secretary).expect(200);
    expect(view.body.terms).toEqual({ ordinaryMeetingsPerYear: 6, requestsLapseAfter: 'P3M' });
    await t.http
      .put(`/api/councils/${council}/terms`)
      .set(as('ole', 'member', council))
      .send({ ordinaryMeetingsPerYear: 2 })
      .expect(403);
  });

  it('documents the councils routes and their bodies in OpenAPI', async () => {
    const { body } = await t.http.get('/docs-json').expect(200);
    const paths = Object.keys(body.paths as object);
    for (const path of [
      '/api/councils',
      '/api/councils/{councilId}/members/{personId}',
      '/api/councils/{councilId}/meeting-plan',
      '/api/councils/{councilId}/meetings/{meetingId}/agenda-items/{itemId}/decision',
    ]) {
      expect(paths).toContain(path);
    }
    const schemas = body.components.schemas as Record<string, { properties: Record<string, unknown> }>;
    expect(Object.keys(schemas.AddAgendaItemDto.properties)).toEqual(
      expect.arrayContaining(['title', 'caseId', 'documentId', 'summary', 'economy', 'refersTo']),
    );
  });

  it('reminds the members before a meeting at the council offset, through a real BullMQ job', async () => {
    const council = 'reminded';
    const admin = t.auth(t.token({ personId: 'root', role: 'admin' }));
    const secretary = as('sec', 'secretary', council);
    await t.http
      .post('/api/councils')
      .set(admin)
      .send({ id: council, name: 'R', reminderOffsets: ['PT3S'] })
      .expect(201);
    for (const personId of ['a', 'b']) {
      await t.http
        .post(`/api/councils/${council}/members`)
        .set(secretary)
        .send({ personId, name: personId, organisation: `org-${personId}`, email: `${personId}@example.org` })
        .expect(201);
    }
    const startsAt = new Date(Date.now() + 5_000).toISOString();
    await t.http
      .post(`/api/councils/${council}/meetings`)
      .set(secretary)
      .send({ id: 'soon', startsAt })
      .expect(201);
    const reminder = await eventually(
      async () =>
        (await store.readStream(caseStreamId('meeting', council, 'soon'))).find(
          (e) => e.type === 'RemindersIssued',
        ),
      { timeoutMs: 15_000, what: 'the meeting reminder' },
    );
    expect(reminder.data).toEqual({
      deadline: 'meeting',
      reminderId: 'meeting-reminder-PT3S',
      dueAt: startsAt,
      remindAt: new Date(Date.parse(startsAt) - 3_000).toISOString(),
      recipients: ['a', 'b'],
    });
    expect(reminder.metadata.actor).toEqual({ personId: 'system', role: 'system' });
  }, 30_000);
});

/**
 * A member appointed while a hearing is open (one seat per organisation, so often a replacement)
 * is asked for input by the secretary, over HTTP on the real stack: PostgreSQL (own schema),
 * Redis (own prefix) and real BullMQ workers, whose reminder then reaches the new member.
 */
import { CommandExecutor, EventStore } from '@app/event-store';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { caseStreamId, type Role } from '@app/kernel';
import { eventually } from './support/eventually';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const iso = (ms: number) => new Date(ms).toISOString();

describe('inviting members appointed after a hearing opened (real PostgreSQL, Redis, BullMQ)', () => {
  let t: TestApp;
  let councilId: string;
  const token = (personId: string, role: Role = 'member') => t.auth(t.token({ personId, role, councilId }));
  const base = () => `/api/councils/${councilId}/hearings`;

  beforeAll(async () => {
    t = await startTestApp();
    councilId = uniqueName('c');
    await seedCouncil(t.app.get(CommandExecutor), councilId, { members: ['anna', 'bo'], secretary: 'sofie' });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lets the secretary invite the member who took a seat, who then gives input and is reminded', async () => {
    const now = Date.now();
    const id = uniqueName('h');
    // The reminder fires 8 s after opening: the invitation must come first, even on a loaded machine.
    const inputDeadline = iso(now + 10_000);
    await t.http
      .post(base())
      .set(token('sofie', 'secretary'))
      .send({
        id,
        title: 'Høring om botilbud',
        issuingBody: 'Region Hovedstaden',
        responseDeadline: iso(now + 120_000),
        inputDeadline,
        reminderOffsets: ['PT2S'],
      })
      .expect(201);
    // Dora takes bo's organisation's seat (seed-council gave bo "Organisation 2").
    await t.http
      .post(`/api/councils/${councilId}/members`)
      .set(token('sofie', 'secretary'))
      .send({ personId: 'dora', name: 'Dora', organisation: 'Organisation 2', email: 'dora@example.org' })
      .expect(201);
    const input = (who: string) =>
      t.http.post(`${base()}/${id}/inputs`).set(token(who)).send({ text: 'Flere pladser i botilbud' });
    await input('dora').expect(403);

    const invite = (personIds: unknown, who = token('sofie', 'secretary')) =>
      t.http.post(`${base()}/${id}/invitations`).set(who).send({ personIds });
    await invite(['dora'], token('anna')).expect(403);
    const stranger = await invite(['bo']).expect(400);
    expect(JSON.stringify(stranger.body)).toContain('not current members of the council: bo');
    const empty = await invite([]).expect(400);
    expect(JSON.stringify(empty.body)).toMatch(/personIds/);
    await t.http
      .post(`${base()}/nope/invitations`)
      .set(token('sofie', 'secretary'))
      .send({ personIds: ['dora'] })
      .expect(404);
    const before = (await t.app.get(EventStore).readStream(caseStreamId('hearing', councilId, id))).length;

    const invited = await invite(['dora']).expect(200);
    expect((await t.app.get(EventStore).readStream(caseStreamId('hearing', councilId, id))).length).toBe(
      before + 1,
    );
    // Asking again appends nothing and answers with the same revision.
    expect((await invite(['dora', 'anna']).expect(200)).body.revision).toBe(invited.body.revision);
    const view = await t.http.get(`${base()}/${id}`).set(token('dora')).expect(200);
    expect(view.body.invited).toEqual(['anna', 'bo', 'dora']);

    // The invitation is what lets her in, and the scheduler reminds her (bo resigned: no reminder).
    await input('anna').expect(200);
    const reminded = await eventually(
      async () => {
        const events = await t.app.get(EventStore).readStream(caseStreamId('hearing', councilId, id));
        const reminders = events.filter((e) => e.type === 'RemindersIssued');
        return reminders.length > 0 && reminders;
      },
      { timeoutMs: 20_000, what: 'the input reminder' },
    );
    expect(reminded.map((e) => (e.data as { recipients: string[] }).recipients)).toEqual([['dora']]);
    await input('dora').expect(200);
    const after = await t.http.get(`${base()}/${id}`).set(token('sofie', 'secretary')).expect(200);
    const status = Object.fromEntries(
      after.body.inputs.map((i: { personId: string; status: string }) => [i.personId, i.status]),
    );
    expect(status).toMatchObject({ anna: 'given', dora: expect.stringMatching(/given|late/) });
  });
});

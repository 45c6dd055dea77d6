/**
 * Issue 4's reminders on the real stack: the app from `createApp` on PostgreSQL (own schema),
 * Redis (own prefix) and real BullMQ workers; deadlines followed from the log into BullMQ.
 * Times are seconds apart so each test runs in a few seconds.
 */
import { CommandExecutor, EventStore, type StoredEvent } from '@app/event-store';
import { DeadlineFollower, DeadlineScheduler } from '@app/scheduling';
import { eventually, sleep } from './support/eventually';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { headerOf, SmtpTestServer } from '@app/notifications/testing/smtp-test-server';
import { caseStreamId } from '@app/kernel';

const iso = (ms: number) => new Date(ms).toISOString();

describe('hearing deadlines and reminders (real PostgreSQL, Redis, BullMQ)', () => {
  let t: TestApp;
  let councilId: string;
  let secretary: string;
  let anna: string;
  const smtp = new SmtpTestServer();
  const savedEnv = {
    SMTP_URL: process.env.SMTP_URL,
    NOTIFICATIONS_POLL_MS: process.env.NOTIFICATIONS_POLL_MS,
  };

  beforeAll(async () => {
    // The mailer reads its settings from the environment (NotificationsModule).
    process.env.SMTP_URL = await smtp.start();
    process.env.NOTIFICATIONS_POLL_MS = '200';
    t = await startTestApp();
    councilId = uniqueName('c');
    await seedCouncil(t.app.get(CommandExecutor), councilId, { members: ['anna', 'bo'], secretary: 'sofie' });
    secretary = t.token({ personId: 'sofie', role: 'secretary', councilId });
    anna = t.token({ personId: 'anna', role: 'member', councilId });
  });

  afterAll(async () => {
    await t?.close();
    await smtp.stop();
    for (const [key, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  const events = (hearingId: string): Promise<StoredEvent[]> =>
    t.app.get(EventStore).readStream(caseStreamId('hearing', councilId, hearingId));
  const ofType = async (hearingId: string, type: string) =>
    (await events(hearingId)).filter((e) => e.type === type);
  /** Waits until the hearing holds events of `type` (the scheduler records them in its own time). */
  const recorded = (hearingId: string, type: string, options: { timeoutMs?: number; what: string }) =>
    eventually(async () => {
      const found = await ofType(hearingId, type);
      return found.length > 0 && found;
    }, options);
  const open = (body: Record<string, unknown>) =>
    t.http.post(`/api/councils/${councilId}/hearings`).set(t.auth(secretary)).send(body).expect(201);

  it('reminds only the member without input, once, then records the input deadline as passed', async () => {
    const now = Date.now();
    const id = uniqueName('h');
    const inputDeadline = iso(now + 4000);
    await open({
      id,
      title: 'Reviderede samarbejdsaftaler',
      issuingBody: 'Region Hovedstaden',
      responseDeadline: iso(now + 120_000),
      inputDeadline,
      reminderOffsets: ['PT2S'],
    });
    await t.http
      .post(`/api/councils/${councilId}/hearings/${id}/inputs`)
      .set(t.auth(anna))
      .send({ text: 'Husk borgere med samtidig psykisk sygdom og misbrug' })
      .expect(200);

    const [passed] = await recorded(id, 'InputDeadlinePassed', {
      timeoutMs: 10_000,
      what: 'InputDeadlinePassed',
    });
    expect(passed.data).toEqual({ inputDeadline, missing: ['bo'] });

    const reminders = await ofType(id, 'RemindersIssued');
    expect(reminders.map((e) => e.data)).toEqual([
      { deadline: 'input', dueAt: inputDeadline, remindAt: iso(now + 2000), recipients: ['bo'] },
    ]);
    expect(reminders[0].metadata.actor).toEqual({ personId: 'system', role: 'system' });
    expect(reminders[0].metadata.councilId).toBe(councilId);
    // The reminder came before the deadline it was for.
    expect(Date.parse(reminders[0].recordedAt)).toBeLessThan(Date.parse(inputDeadline));

    const view = await t.http.get(`/api/councils/${councilId}/hearings/${id}`).set(t.auth(anna)).expect(200);
    expect(view.body.inputDeadlinePassed).toBe(true);
    expect(view.body.inputs.map((i: { personId: string; status: string }) => [i.personId, i.status])).toEqual(
      [
        ['anna', 'given'],
        ['bo', 'missing'],
      ],
    );

    // The reminder reaches bo in the app and by mail, once; anna gets nothing.
    const bo = t.token({ personId: 'bo', role: 'member', councilId });
    const mine = await eventually(
      async () => {
        const res = await t.http.get('/api/me/notifications').set(t.auth(bo)).expect(200);
        const found = res.body.filter((n: { caseId: string }) => n.caseId === id);
        return found.length > 0 && found;
      },
      { what: 'bo’s notification' },
    );
    expect(mine).toEqual([
      expect.objectContaining({
        eventId: reminders[0].id,
        category: 'hearing',
        deadline: 'input',
        dueAt: inputDeadline,
      }),
    ]);
    const annas = await t.http.get('/api/me/notifications').set(t.auth(anna)).expect(200);
    expect(annas.body.filter((n: { caseId: string }) => n.caseId === id)).toEqual([]);
    const mails = await eventually(
      () => {
        const found = smtp.received.filter(
          (m) => headerOf(m, 'Message-ID') === `<${reminders[0].id}.bo@council-engine>`,
        );
        return found.length > 0 && found;
      },
      { what: 'the reminder mail' },
    );
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toEqual(['bo@example.org']);
    expect(smtp.received.filter((m) => m.to.includes('anna@example.org'))).toEqual([]);
  });

  it('an extension moves the pending reminder: none at the old time, one at the new', async () => {
    const now = Date.now();
    const id = uniqueName('h');
    await open({
      id,
      title: 'Høring med forlænget frist',
      issuingBody: 'Region Hovedstaden',
      responseDeadline: iso(now + 60_000),
      inputDeadline: iso(now + 5000),
      reminderOffsets: ['PT3S'],
    });
    await t.http
      .post(`/api/councils/${councilId}/hearings/${id}/deadline-extension`)
      .set(t.auth(secretary))
      .send({ responseDeadline: iso(now + 63_000) })
      .expect(200);
    const movedInput = iso(now + 8000);

    await sleep(Math.max(0, now + 3500 - Date.now()));
    expect(await ofType(id, 'RemindersIssued')).toEqual([]);

    const [reminder] = await recorded(id, 'RemindersIssued', { timeoutMs: 8000, what: 'the moved reminder' });
    expect(reminder.data).toEqual({
      deadline: 'input',
      dueAt: movedInput,
      remindAt: iso(now + 5000),
      recipients: ['anna', 'bo'],
    });
    await eventually(async () => (await ofType(id, 'InputDeadlinePassed')).length > 0, {
      timeoutMs: 8000,
      what: 'the moved input deadline',
    });
    expect(await ofType(id, 'RemindersIssued')).toHaveLength(1);
  });

  it('asking again for the same draft moves the approval deadline, keeps the answers and reminds only who has not answered', async () => {
    const now = Date.now();
    const id = uniqueName('h');
    const hearing = `/api/councils/${councilId}/hearings/${id}`;
    await open({
      id,
      title: 'Høring med flyttet godkendelse',
      issuingBody: 'Region Hovedstaden',
      responseDeadline: iso(now + 120_000),
      inputDeadline: iso(now + 60_000),
      reminderOffsets: ['PT3S'],
    });
    await t.http.post(`${hearing}/drafts`).set(t.auth(secretary)).send({ text: 'Rådets svar' }).expect(200);
    await t.http
      .post(`${hearing}/approval-request`)
      .set(t.auth(secretary))
      .send({ approvalDeadline: iso(now + 90_000) })
      .expect(200);
    await t.http.post(`${hearing}/approvals`).set(t.auth(anna)).send({ approve: true }).expect(200);
    // The region gave more time; the secretary moves the council's own approval date, here sooner.
    const approvalDeadline = iso(now + 9000);
    await t.http
      .post(`${hearing}/approval-request`)
      .set(t.auth(secretary))
      .send({ approvalDeadline })
      .expect(200);
    const view = await t.http.get(hearing).set(t.auth(anna)).expect(200);
    expect(view.body.approval.approvalDeadline).toBe(approvalDeadline);
    expect(view.body.approval.answers).toEqual([
      expect.objectContaining({ personId: 'anna', answer: 'approved' }),
      { personId: 'bo', answer: 'pending' },
    ]);

    const [reminder] = await recorded(id, 'RemindersIssued', {
      timeoutMs: 12_000,
      what: 'the approval reminder',
    });
    expect(reminder.data).toMatchObject({
      deadline: 'approval',
      dueAt: approvalDeadline,
      recipients: ['bo'],
    });
  });

  it('flushing the hearing’s BullMQ jobs and reconciling still gives the reminder', async () => {
    const now = Date.now();
    const id = uniqueName('h');
    const streamId = caseStreamId('hearing', councilId, id);
    await open({
      id,
      title: 'Høring efter tabt Redis',
      issuingBody: 'Region Hovedstaden',
      responseDeadline: iso(now + 60_000),
      inputDeadline: iso(now + 6000),
      reminderOffsets: ['PT2S'],
    });
    const queue = t.app.get(DeadlineScheduler).queue;
    const jobsOfHearing = async () =>
      (await queue.getDelayed()).filter((job) => job.data.streamId === streamId);
    await eventually(async () => (await jobsOfHearing()).length === 4, { what: 'the hearing’s four jobs' });

    for (const job of await jobsOfHearing()) await job.remove();
    expect(await jobsOfHearing()).toEqual([]);

    // The app's own follower, as `npm run cli -- deadlines reconcile` uses it.
    await t.app.get(DeadlineFollower).reconcileAll();
    expect((await jobsOfHearing()).map((job) => job.data.deadline.id).sort()).toEqual([
      'input',
      'input-remind-PT2S',
      'response',
      'response-remind-PT2S',
    ]);

    const [reminder] = await recorded(id, 'RemindersIssued', {
      timeoutMs: 8000,
      what: 'the reminder after the reconcile',
    });
    expect(reminder.data).toMatchObject({
      deadline: 'input',
      remindAt: iso(now + 4000),
      recipients: ['anna', 'bo'],
    });
  });

  it('reminds the chair in office of the response deadline: one elected after the hearing opened (issue 21.2)', async () => {
    const now = Date.now();
    const id = uniqueName('h');
    await open({
      id,
      title: 'Høring med ny formand',
      issuingBody: 'Region Hovedstaden',
      responseDeadline: iso(now + 7000),
      inputDeadline: iso(now + 6500),
      reminderOffsets: ['PT3S'],
    });
    // Opened without a chair; the members elect Bo before the reminder fires (seed 000: Ivan).
    await t.http
      .post(`/api/councils/${councilId}/chair`)
      .set(t.auth(secretary))
      .send({ personId: 'bo' })
      .expect(200);
    const reminder = await eventually(
      async () =>
        (await ofType(id, 'RemindersIssued')).find(
          (e) => (e.data as { deadline: string }).deadline === 'response',
        ),
      { timeoutMs: 10_000, what: 'the response-deadline reminder' },
    );
    expect(reminder.data).toMatchObject({ dueAt: iso(now + 7000), recipients: ['sofie', 'bo'] });
  });
});

/**
 * Issue 18.1 on the real HTTP app, the real clock and the real deadline workers: seed 000's
 * hearing (received 5 January 2022, "høringsfrist 28. januar") typed in today and answered on 27
 * January 2022. Its deadline had passed years before it was entered, so it is recorded, nothing
 * lapses it before its answer is typed in, the opening and the sending are shown as recorded
 * later with both times, and the 2022 report counts it (lead time 23.5 days, answered in time)
 * while this year's does not. A receipt in the future is refused, naming the field.
 */
import { CommandExecutor, EventStore } from '@app/event-store';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { caseStreamId } from '@app/kernel';
import { DeadlineScheduler } from '@app/scheduling';
import { eventually } from './support/eventually';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const DAY = 86_400_000;
const RECEIVED = '2022-01-05T12:00:00+01:00';
const DEADLINE = '2022-01-28T23:59:00+01:00';
const SENT = '2022-01-27T10:00:00+01:00';

describe('a hearing of 2022 entered today with its real dates (issue 18.1)', () => {
  let t: TestApp;
  let councilId: string;
  let base: string;
  const as = (personId: string, role: 'secretary' | 'chair' | 'member' | 'evaluator') =>
    t.auth(t.token({ personId, role, councilId }));

  beforeAll(async () => {
    t = await startTestApp();
    councilId = uniqueName('udsatteraad');
    await seedCouncil(t.app.get(CommandExecutor), councilId, {
      members: ['kira', 'ivan'],
      chair: 'ivan',
      secretary: 'anja',
    });
    base = `/api/councils/${councilId}/hearings`;
  }, 60_000);
  afterAll(() => t?.close());

  const hearing = (id: string, extra: object) => ({
    id,
    title: 'Reviderede samarbejdsaftaler om borgere med psykisk sygdom',
    issuingBody: 'Region Hovedstaden',
    ...extra,
  });

  it('refuses a receipt in the future and a passed deadline for a hearing received now (400)', async () => {
    const secretary = as('anja', 'secretary');
    const future = await t.http
      .post(base)
      .set(secretary)
      .send(
        hearing('fremtid', {
          receivedAt: new Date(Date.now() + DAY).toISOString(),
          responseDeadline: new Date(Date.now() + 20 * DAY).toISOString(),
        }),
      )
      .expect(400);
    expect(Object.keys(future.body.fields ?? {})).toEqual(['receivedAt']);
    const now = await t.http
      .post(base)
      .set(secretary)
      .send(hearing('nu', { responseDeadline: DEADLINE }))
      .expect(400);
    expect(Object.keys(now.body.fields ?? {})).toEqual(['responseDeadline']);
  });

  it('records it, lapses nothing, takes its 2022 answer, and counts it in 2022', async () => {
    const secretary = as('anja', 'secretary');
    const id = 'samarbejdsaftaler-2022';
    await t.http
      .post(base)
      .set(secretary)
      .send(hearing(id, { receivedAt: RECEIVED, responseDeadline: DEADLINE }))
      .expect(201);
    // A hearing received now, opened after it: once the follower holds its jobs it has passed the
    // 2022 hearing's opening, which must have left no job (no reminder, no passing, no lapse).
    await t.http
      .post(base)
      .set(secretary)
      .send(hearing('i-dag', { responseDeadline: new Date(Date.now() + 30 * DAY).toISOString() }))
      .expect(201);
    const queue = t.app.get(DeadlineScheduler).queue;
    const jobsOf = async (hearingId: string) =>
      (await queue.getJobs(['delayed', 'waiting', 'active', 'completed', 'failed'])).filter(
        (job) => job.data.streamId === caseStreamId('hearing', councilId, hearingId),
      );
    await eventually(async () => (await jobsOf('i-dag')).length > 0, { what: 'today’s hearing’s jobs' });
    expect(await jobsOf(id)).toEqual([]);
    const streamId = caseStreamId('hearing', councilId, id);
    const types = (await t.app.get(EventStore).readStream(streamId)).map((e) => e.type);
    expect(types).toEqual(['HearingOpened']);

    await t.http
      .post(`${base}/${id}/inputs`)
      .set(secretary)
      .send({
        text: 'Husk de hjemløse',
        onBehalfOf: 'kira',
        channel: 'mail',
        occurredAt: '2022-01-14T09:00:00+01:00',
      })
      .expect(200);
    await t.http
      .post(`${base}/${id}/drafts`)
      .set(secretary)
      .send({ text: 'Udsatterådets høringssvar', basedOn: ['kira'] })
      .expect(200);
    await t.http.post(`${base}/${id}/sign-off`).set(as('ivan', 'chair')).expect(200);
    await t.http
      .post(`${base}/${id}/submission`)
      .set(secretary)
      .send({ recipient: 'Region Hovedstaden', submittedAt: SENT })
      .expect(200);
    const view = (await t.http.get(`${base}/${id}`).set(secretary).expect(200)).body;
    expect(view).toMatchObject({ status: 'submitted', receivedAt: RECEIVED });

    const history = (await t.http.get(`${base}/${id}/history`).set(secretary).expect(200)).body;
    const entries: { type: string; occurredAt?: string; recordedAt: string; recordedLater?: true }[] =
      history.events ?? history;
    const thisYear = new RegExp(`^${new Date().getUTCFullYear()}-`);
    const openedEntry = entries.find((e) => e.type === 'HearingOpened');
    const sentEntry = entries.find((e) => e.type === 'HearingResponseSubmitted');
    // Business time as the secretary gave it, offset and all; the same instant.
    expect(Date.parse(openedEntry?.occurredAt ?? '')).toBe(Date.parse(RECEIVED));
    expect(Date.parse(sentEntry?.occurredAt ?? '')).toBe(Date.parse(SENT));
    expect(openedEntry).toMatchObject({
      recordedAt: expect.stringMatching(thisYear),
      recordedLater: true,
    });
    expect(sentEntry).toMatchObject({ recordedLater: true });

    const report = async (query: string) =>
      (
        await t.http
          .get(`/api/councils/${councilId}/evaluation-report?${query}`)
          .set(as('eva', 'evaluator'))
          .expect(200)
      ).body;
    const of2022 = await eventually(
      async () => {
        const r = await report('from=2022-01-01&to=2022-12-31');
        return r.hearings.answeredOnTime === 1 ? r : undefined;
      },
      { what: 'the 2022 hearing in the 2022 report' },
    );
    expect(of2022.hearings).toMatchObject({ received: 1, answeredOnTime: 1, answeredLate: 0 });
    const [year] = of2022.perYear.years;
    expect(year).toMatchObject({
      year: 2022,
      hearings: {
        received: 1,
        answeredOnTime: 1,
        answeredLate: 0,
        leadTimeDays: { median: 23.5, distribution: { '14-27 days': 1 } },
      },
    });
    const now = new Date().getUTCFullYear();
    const ofNow = await report(`from=${now}-01-01&to=${now}-12-31`);
    expect(ofNow.perYear.years.at(-1).hearings.answeredOnTime).toBe(0);
  });
});

/**
 * Seed 000, item 9, as a test: Region Hovedstaden sent revised cooperation agreements on citizens
 * with mental illness for a hearing with a deadline of 28 January 2022; members gave input at
 * the January 2022 meeting; the secretary then mailed round for more input and for approval;
 * the response was approved and submitted.
 *
 * The deadlines are in 2022, so the app runs on a test clock set to the seed's days (the access
 * guard stamps each request with it): every write goes through HTTP, and each event's
 * `recordedAt` is the day the secretary wrote it down, while input given at the meeting keeps the
 * meeting's time as `occurredAt`. Workers are off: BullMQ runs on the real clock, which would
 * lapse a 2022 hearing the moment it was opened; the reminder path has its own suite.
 * The minutes do not date the meeting; 13 January 2022 is assumed.
 */
import { caseStreamId, Clock } from '@app/kernel';
import { CommandExecutor, EventStore } from '@app/event-store';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { eventually } from './support/eventually';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const MEETING_AT = '2022-01-13T15:00:00+01:00';
const RESPONSE_DEADLINE = '2022-01-28T23:59:00+01:00';

describe('seed 000: the hearing on revised cooperation agreements (January 2022)', () => {
  let t: TestApp;
  let councilId: string;
  let today: string;
  let token: (
    personId: string,
    role: 'secretary' | 'chair' | 'member' | 'evaluator',
  ) => { Authorization: string };

  beforeAll(async () => {
    t = await startTestApp({ runWorkers: false });
    const clock = t.app.get(Clock);
    jest.spyOn(clock, 'now').mockImplementation(() => new Date(today));
    councilId = uniqueName('udsatteraad');
    await seedCouncil(t.app.get(CommandExecutor), councilId, {
      members: ['kira', 'rani', 'ole'],
      chair: 'ole',
      secretary: 'anja',
      now: '2022-01-01T09:00:00+01:00',
    });
    token = (personId, role) => t.auth(t.token({ personId, role, councilId }));
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await t?.close();
  });

  const at = (time: string) => {
    today = time;
  };
  const base = () => `/api/councils/${councilId}/hearings`;

  it('runs from the region’s material to the submitted response and reads back right', async () => {
    const id = 'samarbejdsaftaler-2022';
    const secretary = token('anja', 'secretary');

    // The meeting input is tied to must be on record: the yearly plan puts it there.
    at('2022-01-02T10:00:00+01:00');
    await t.http
      .post(`/api/councils/${councilId}/meeting-plan`)
      .set(secretary)
      .send({ year: 2022, meetings: [{ id: 'meeting-2022-01', startsAt: MEETING_AT }] })
      .expect(201);

    at('2022-01-06T10:00:00+01:00');
    const opened = await t.http
      .post(base())
      .set(secretary)
      .send({
        id,
        title: 'Høring vedr. reviderede samarbejdsaftaler om borgere med psykisk sygdom',
        issuingBody: 'Region Hovedstaden',
        material: [
          { title: 'Reviderede samarbejdsaftaler', url: 'https://www.regionh.dk/hoering/samarbejdsaftaler' },
        ],
        receivedAt: '2022-01-05T12:00:00+01:00',
        responseDeadline: RESPONSE_DEADLINE,
      })
      .expect(201);
    expect(opened.body).toEqual({ id, revision: 0 });

    // At the meeting: members gave input, the secretary records it the next morning.
    at('2022-01-14T09:00:00+01:00');
    for (const [member, text] of [
      ['kira', 'Særlige afsnit om borgere med samtidig psykisk sygdom og misbrug skal styrkes'],
      ['rani', 'Hjemløse borgere skal nævnes eksplicit'],
    ]) {
      await t.http
        .post(`${base()}/${id}/inputs`)
        .set(secretary)
        .send({ text, onBehalfOf: member, occurredAt: MEETING_AT, meetingId: 'meeting-2022-01' })
        .expect(200);
    }
    // The mail round: the chair adds written input himself.
    at('2022-01-19T11:00:00+01:00');
    await t.http
      .post(`${base()}/${id}/inputs`)
      .set(token('ole', 'chair'))
      .send({ text: 'Sammenhæng mellem region og kommuner ved udskrivning' })
      .expect(200);

    at('2022-01-24T10:00:00+01:00');
    await t.http
      .post(`${base()}/${id}/drafts`)
      .set(secretary)
      .send({ text: 'Udsatterådets høringssvar …', basedOn: ['kira', 'rani', 'ole'] })
      .expect(200);
    await t.http
      .post(`${base()}/${id}/approval-request`)
      .set(secretary)
      .send({ approvalDeadline: '2022-01-26T12:00:00+01:00' })
      .expect(200);

    at('2022-01-25T09:00:00+01:00');
    await t.http
      .post(`${base()}/${id}/approvals`)
      .set(token('kira', 'member'))
      .send({ approve: true })
      .expect(200);
    await t.http
      .post(`${base()}/${id}/approvals`)
      .set(token('rani', 'member'))
      .send({ approve: true })
      .expect(200);
    await t.http
      .post(`${base()}/${id}/approvals`)
      .set(token('ole', 'chair'))
      .send({ approve: true })
      .expect(200);
    // A member cannot sign off; the chair does.
    await t.http.post(`${base()}/${id}/sign-off`).set(token('kira', 'member')).expect(403);
    at('2022-01-26T14:00:00+01:00');
    await t.http.post(`${base()}/${id}/sign-off`).set(token('ole', 'chair')).expect(200);

    at('2022-01-27T10:00:00+01:00');
    const submitted = await t.http
      .post(`${base()}/${id}/submission`)
      .set(secretary)
      .send({ recipient: 'Region Hovedstaden, Center for Sundhed' })
      .expect(200);
    // Input after submission is refused.
    await t.http
      .post(`${base()}/${id}/inputs`)
      .set(token('kira', 'member'))
      .send({ text: 'Sent' })
      .expect(409);

    const view = (await t.http.get(`${base()}/${id}`).set(token('eva', 'evaluator')).expect(200)).body;
    expect(view).toMatchObject({
      id,
      status: 'submitted',
      responseDeadline: RESPONSE_DEADLINE,
      // Two working days before Friday 28 January, at the same local time.
      inputDeadline: '2022-01-26T22:59:00.000Z',
      invited: ['kira', 'rani', 'ole'],
      chairPersonId: 'ole',
      secretaries: ['anja'],
      currentDraft: { version: 1, basedOn: ['kira', 'rani', 'ole'] },
      signOff: { draftVersion: 1, signedOffBy: 'ole', objections: [] },
      submission: {
        draftVersion: 1,
        submittedAt: '2022-01-27T09:00:00.000Z',
        recipient: 'Region Hovedstaden, Center for Sundhed',
      },
      revision: submitted.body.revision,
    });
    const [kira, rani, ole] = view.inputs;
    expect(kira).toMatchObject({
      personId: 'kira',
      status: 'given',
      givenAt: MEETING_AT,
      recordedAt: '2022-01-14T08:00:00.000Z',
      recordedBy: 'anja',
      onBehalf: true,
      meetingId: 'meeting-2022-01',
    });
    expect(rani).toMatchObject({ status: 'given', givenAt: MEETING_AT, onBehalf: true });
    expect(ole).toMatchObject({ status: 'given', givenAt: '2022-01-19T10:00:00.000Z', onBehalf: false });
    expect(view.approval.answers.map((a: { answer: string }) => a.answer)).toEqual([
      'approved',
      'approved',
      'approved',
    ]);

    // The stored event says both: when it was said (occurredAt) and when it was written (recordedAt).
    const recorded = (await t.app.get(EventStore).readStream(caseStreamId('hearing', councilId, id))).filter(
      (e) => e.type === 'HearingInputSubmitted' && (e.data as { personId: string }).personId === 'kira',
    );
    expect(recorded).toHaveLength(1);
    expect(recorded[0].metadata).toMatchObject({
      occurredAt: MEETING_AT,
      recordedAt: '2022-01-14T08:00:00.000Z',
      actor: { personId: 'anja', role: 'secretary' },
      councilId,
    });

    const list = await eventually(
      async () => {
        const res = await t.http.get(`${base()}?status=submitted`).set(token('eva', 'evaluator')).expect(200);
        return res.body.length === 1 && res.body;
      },
      { what: 'the hearing in the submitted list' },
    );
    expect(list[0]).toMatchObject({ id, status: 'submitted', submittedAt: '2022-01-27T09:00:00.000Z' });
    const open = await t.http.get(`${base()}?status=open`).set(token('eva', 'evaluator')).expect(200);
    expect(open.body).toEqual([]);
  });

  it('answers the refusals of issue 4 over HTTP with the field named', async () => {
    const secretary = token('anja', 'secretary');
    at('2022-01-06T10:00:00+01:00');
    const past = await t.http
      .post(base())
      .set(secretary)
      .send({ title: 'x', issuingBody: 'y', responseDeadline: '2022-01-05T12:00:00+01:00' })
      .expect(400);
    expect(past.body.fields).toHaveProperty('responseDeadline');
    const order = await t.http
      .post(base())
      .set(secretary)
      .send({
        title: 'x',
        issuingBody: 'y',
        responseDeadline: RESPONSE_DEADLINE,
        inputDeadline: '2022-01-29T12:00:00+01:00',
      })
      .expect(400);
    expect(order.body.fields).toHaveProperty('inputDeadline');
    const noOffset = await t.http
      .post(base())
      .set(secretary)
      .send({ title: 'x', issuingBody: 'y', responseDeadline: '2022-01-28T23:59:00' })
      .expect(400);
    expect(JSON.stringify(noOffset.body)).toContain('responseDeadline');

    const { body } = await t.http
      .post(base())
      .set(secretary)
      .send({ title: 'Anden høring', issuingBody: 'Region Hovedstaden', responseDeadline: RESPONSE_DEADLINE })
      .expect(201);
    const empty = await t.http
      .post(`${base()}/${body.id}/inputs`)
      .set(token('kira', 'member'))
      .send({ text: ' ' })
      .expect(400);
    expect(empty.body.fields).toHaveProperty('text');
    await t.http
      .post(`${base()}/${body.id}/approval-request`)
      .set(secretary)
      .send({ approvalDeadline: '2022-01-20T12:00:00+01:00' })
      .expect(409);
    const earlier = await t.http
      .post(`${base()}/${body.id}/deadline-extension`)
      .set(secretary)
      .send({ responseDeadline: '2022-01-27T12:00:00+01:00' })
      .expect(400);
    expect(earlier.body.fields).toHaveProperty('responseDeadline');
    // If-Match with a stale revision is a conflict; evaluators write nothing.
    await t.http
      .post(`${base()}/${body.id}/inputs`)
      .set(token('kira', 'member'))
      .set('If-Match', '7')
      .send({ text: 'x' })
      .expect(409);
    await t.http
      .post(`${base()}/${body.id}/inputs`)
      .set(token('eva', 'evaluator'))
      .send({ text: 'x' })
      .expect(403);
    // Another council's token does not see the hearing.
    const other = t.auth(t.token({ personId: 'anja', role: 'secretary', councilId: 'another-council' }));
    await t.http.get(`/api/councils/another-council/hearings/${body.id}`).set(other).expect(404);
  });
  it('members revise and withdraw their own input; the council may decline with a reason', async () => {
    const secretary = token('anja', 'secretary');
    const kira = token('kira', 'member');
    at('2022-02-01T10:00:00+01:00');
    const { body } = await t.http
      .post(base())
      .set(secretary)
      .send({
        title: 'Høring om noget uden for rådets område',
        issuingBody: 'Region Hovedstaden',
        responseDeadline: '2022-03-01T12:00:00+01:00',
      })
      .expect(201);
    const hearing = `${base()}/${body.id}`;
    await t.http.post(`${hearing}/inputs`).set(kira).send({ text: 'Første udkast' }).expect(200);
    await t.http.put(`${hearing}/inputs/mine`).set(kira).send({ text: 'Rettet' }).expect(200);
    let view = (await t.http.get(hearing).set(kira).expect(200)).body;
    expect(view.inputs[0]).toMatchObject({ personId: 'kira', status: 'given', text: 'Rettet', revisions: 1 });
    // The secretary has no input of her own to revise.
    await t.http.put(`${hearing}/inputs/mine`).set(secretary).send({ text: 'x' }).expect(403);
    await t.http.delete(`${hearing}/inputs/mine`).set(kira).expect(200);
    view = (await t.http.get(hearing).set(kira).expect(200)).body;
    expect(view.inputs[0]).toMatchObject({ personId: 'kira', status: 'withdrawn' });

    const declined = await t.http
      .post(`${hearing}/declination`)
      .set(secretary)
      .send({ reason: 'Enkeltsager' })
      .expect(200);
    view = (await t.http.get(hearing).set(kira).expect(200)).body;
    expect(view).toMatchObject({
      status: 'declined',
      declination: { reason: 'Enkeltsager' },
      revision: declined.body.revision,
    });
    await eventually(
      async () => {
        const res = await t.http.get(`${base()}?status=declined`).set(kira).expect(200);
        return res.body.some((h: { id: string }) => h.id === body.id);
      },
      { what: 'the declined hearing in the list' },
    );
  });
  it('documents its routes in the OpenAPI document', async () => {
    const doc = await t.http.get('/docs-json').expect(200);
    const paths = Object.keys(doc.body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/councils/{councilId}/hearings',
        '/api/councils/{councilId}/hearings/{hearingId}/inputs/mine',
        '/api/councils/{councilId}/hearings/{hearingId}/deadline-extension',
        '/api/me/notifications',
      ]),
    );
    const openHearing = doc.body.components.schemas.OpenHearingDto;
    expect(openHearing.required).toEqual(expect.arrayContaining(['title', 'issuingBody']));
    // Issue 18.4: required unless the statement is the council's own initiative, so not in `required`.
    expect(openHearing.required).not.toContain('responseDeadline');
    expect(openHearing.properties.responseDeadline.description).toMatch(
      /Required unless `origin` is `own-initiative`/,
    );
  });
});

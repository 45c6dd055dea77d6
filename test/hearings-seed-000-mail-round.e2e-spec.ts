/**
 * Seed 000, items 5 and 9, as the minutes tell them (issue 21): at the January 2022 meeting Kira
 * stepped down as chair and the members elected Ivan; under item 9 "Rådets medlemmer gav input.
 * Anja sender en mail rundt for yderligere input og godkendelse af høringssvaret." So: input given
 * at the meeting and recorded by the secretary, the mail round for more input and for approval
 * (answers by mail and by phone recorded on the members' behalf, others answering themselves), and
 * the chair elected at that meeting signing off; the former chair cannot.
 *
 * Everything goes through the real HTTP app. The deadlines are in 2022, so the app runs on a test
 * clock set to the seed's days (the access guard stamps each request with it); workers are off,
 * since BullMQ runs on the real clock. The minutes do not date the meeting; 13 January 2022 is
 * assumed, as in the other seed 000 suites.
 */
import { caseStreamId, Clock } from '@app/kernel';
import { CommandExecutor, EventStore } from '@app/event-store';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const MEETING = 'raadsmoede-2022-01';
const MEETING_AT = '2022-01-13T15:00:00+01:00';
const RESPONSE_DEADLINE = '2022-01-28T23:59:00+01:00';
const HEARING = 'samarbejdsaftaler-psykisk-sygdom-2022';

describe('seed 000: the hearing run as the minutes tell it, with the mail round', () => {
  let t: TestApp;
  let councilId: string;
  let today: string;
  let as: (
    personId: string,
    role: 'secretary' | 'chair' | 'member' | 'evaluator',
  ) => { Authorization: string };

  beforeAll(async () => {
    t = await startTestApp({ runWorkers: false });
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(today));
    councilId = uniqueName('udsatte_hovedstaden');
    await seedCouncil(t.app.get(CommandExecutor), councilId, {
      members: ['kira', 'ivan', 'steen', 'rani', 'ole', 'bo'],
      chair: 'kira',
      secretary: 'anja',
      now: '2021-12-01T09:00:00+01:00',
    });
    as = (personId, role) => t.auth(t.token({ personId, role, councilId }));
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await t?.close();
  });

  const at = (time: string) => {
    today = time;
  };
  const council = () => `/api/councils/${councilId}`;
  const hearing = () => `${council()}/hearings/${HEARING}`;

  it('records input at the meeting, the mail round, and the new chair’s sign-off', async () => {
    const anja = as('anja', 'secretary');

    // The yearly plan puts the January meeting on record, so input can be tied to it.
    at('2021-12-15T10:00:00+01:00');
    await t.http
      .post(`${council()}/meeting-plan`)
      .set(anja)
      .send({ year: 2022, meetings: [{ id: MEETING, startsAt: MEETING_AT }] })
      .expect(201);

    at('2022-01-06T10:00:00+01:00');
    await t.http
      .post(`${council()}/hearings`)
      .set(anja)
      .send({
        id: HEARING,
        title: 'Høring vedr. reviderede samarbejdsaftaler om borgere med psykisk sygdom',
        issuingBody: 'Region Hovedstaden',
        receivedAt: '2022-01-05T12:00:00+01:00',
        responseDeadline: RESPONSE_DEADLINE,
      })
      .expect(201);

    // Item 5 at the meeting: Kira steps down as chair (she stays a member), Ivan is elected.
    at('2022-01-13T17:30:00+01:00');
    await t.http
      .post(`${council()}/chair`)
      .set(anja)
      .send({ personId: 'ivan', id: 'valg-2022-01' })
      .expect(200);

    // Item 9, the next morning: the secretary writes down what members said at the meeting.
    at('2022-01-14T09:00:00+01:00');
    for (const [member, text] of [
      ['kira', 'Særlige afsnit om borgere med samtidig psykisk sygdom og misbrug skal styrkes'],
      ['rani', 'Hjemløse borgere skal nævnes eksplicit'],
      ['bo', 'Dobbeltdiagnoser kræver fælles visitation'],
    ]) {
      await t.http
        .post(`${hearing()}/inputs`)
        .set(anja)
        .send({ text, onBehalfOf: member, channel: 'meeting', meetingId: MEETING })
        .expect(200);
    }
    // A meeting that is not on record is refused, naming the field (was accepted before).
    const unknown = await t.http
      .post(`${hearing()}/inputs`)
      .set(anja)
      .send({ text: 'x', onBehalfOf: 'ole', meetingId: 'm-2027-1' })
      .expect(400);
    expect(unknown.body.fields).toHaveProperty('meetingId');

    // The mail round for more input: Kira adds to what she said (was 409 "revise it instead"),
    // Steen answers for the first time; both by mail, dated when they wrote.
    at('2022-01-19T09:30:00+01:00');
    await t.http
      .post(`${hearing()}/inputs`)
      .set(anja)
      .send({
        text: 'Udskrivning fra psykiatrien skal koordineres med kommunen',
        onBehalfOf: 'kira',
        channel: 'mail',
        occurredAt: '2022-01-18T20:14:00+01:00',
      })
      .expect(200);
    await t.http
      .post(`${hearing()}/inputs`)
      .set(anja)
      .send({
        text: 'Pårørende skal inddrages',
        onBehalfOf: 'steen',
        channel: 'mail',
        occurredAt: '2022-01-18T11:02:00+01:00',
      })
      .expect(200);

    // The mail round for approval of the draft response.
    at('2022-01-24T10:00:00+01:00');
    await t.http
      .post(`${hearing()}/drafts`)
      .set(anja)
      .send({ text: 'Udsatterådets høringssvar …', basedOn: ['kira', 'rani', 'bo', 'steen'] })
      .expect(200);
    await t.http
      .post(`${hearing()}/approval-request`)
      .set(anja)
      .send({ approvalDeadline: '2022-01-26T12:00:00+01:00' })
      .expect(200);

    at('2022-01-25T16:00:00+01:00');
    const recorded = [
      { onBehalfOf: 'kira', approve: true, channel: 'mail', occurredAt: '2022-01-24T21:05:00+01:00' },
      { onBehalfOf: 'rani', approve: true, channel: 'phone', occurredAt: '2022-01-25T11:40:00+01:00' },
      {
        onBehalfOf: 'bo',
        approve: false,
        comment: 'Visitationen bør nævnes i indledningen',
        channel: 'mail',
        occurredAt: '2022-01-25T08:12:00+01:00',
      },
    ];
    for (const answer of recorded) {
      await t.http.post(`${hearing()}/approvals`).set(anja).send(answer).expect(200);
    }
    for (const [member, role] of [
      ['ivan', 'chair'],
      ['steen', 'member'],
      ['ole', 'member'],
    ] as const) {
      await t.http.post(`${hearing()}/approvals`).set(as(member, role)).send({ approve: true }).expect(200);
    }

    // Kira's chair token from before the meeting no longer signs; Ivan, elected there, does.
    at('2022-01-26T14:00:00+01:00');
    await t.http.post(`${hearing()}/sign-off`).set(as('kira', 'chair')).expect(403);
    await t.http.post(`${hearing()}/sign-off`).set(as('ivan', 'chair')).expect(200);

    at('2022-01-27T10:00:00+01:00');
    await t.http
      .post(`${hearing()}/submission`)
      .set(anja)
      .send({ recipient: 'Region Hovedstaden, Center for Sundhed' })
      .expect(200);

    const view = (await t.http.get(hearing()).set(as('eva', 'evaluator')).expect(200)).body;
    expect(view).toMatchObject({
      status: 'submitted',
      signOff: { draftVersion: 1, signedOffBy: 'ivan', objections: ['bo'] },
      submission: { submittedAt: '2022-01-27T09:00:00.000Z' },
    });
    const input = (personId: string) =>
      view.inputs.find((i: { personId: string }) => i.personId === personId);
    expect(input('kira')).toMatchObject({
      status: 'given',
      givenAt: MEETING_AT,
      recordedBy: 'anja',
      onBehalf: true,
      channel: 'meeting',
      meetingId: MEETING,
      additions: [
        {
          text: 'Udskrivning fra psykiatrien skal koordineres med kommunen',
          givenAt: '2022-01-18T20:14:00+01:00',
          recordedAt: '2022-01-19T08:30:00.000Z',
          recordedBy: 'anja',
          channel: 'mail',
          onBehalf: true,
        },
      ],
    });
    expect(input('steen')).toMatchObject({ status: 'given', channel: 'mail', additions: [] });
    expect(input('ole')).toMatchObject({ status: 'missing' });
    const answers = Object.fromEntries(
      view.approval.answers.map((a: { personId: string }) => [a.personId, a]),
    );
    expect(answers.kira).toMatchObject({
      answer: 'approved',
      recordedBy: 'anja',
      onBehalf: true,
      channel: 'mail',
      givenAt: '2022-01-24T21:05:00+01:00',
    });
    expect(answers.rani).toMatchObject({ answer: 'approved', recordedBy: 'anja', channel: 'phone' });
    expect(answers.bo).toMatchObject({
      answer: 'objected',
      comment: 'Visitationen bør nævnes i indledningen',
    });
    expect(answers.ivan).toEqual({ personId: 'ivan', answer: 'approved' });

    // The history says who recorded each answer and for whom.
    const events = await t.app.get(EventStore).readStream(caseStreamId('hearing', councilId, HEARING));
    const kirasApproval = events.find(
      (e) => e.type === 'HearingApprovalAnswered' && (e.data as { personId: string }).personId === 'kira',
    );
    expect(kirasApproval?.data).toMatchObject({ personId: 'kira', recordedBy: 'anja', channel: 'mail' });
    expect(kirasApproval?.metadata).toMatchObject({
      actor: { personId: 'anja', role: 'secretary' },
      occurredAt: '2022-01-24T21:05:00+01:00',
      recordedAt: '2022-01-25T15:00:00.000Z',
    });
    const story = await t.http.get(`${hearing()}/history`).set(as('eva', 'evaluator')).expect(200);
    const lines = story.body.events.map((e: { description: string }) => e.description);
    expect(lines).toEqual(
      expect.arrayContaining([
        'anja (secretary): recorded that kira approved draft 1 given by mail',
        'anja (secretary): recorded input from kira given at meeting raadsmoede-2022-01',
        'anja (secretary): recorded input from kira given by mail',
      ]),
    );
  });
});

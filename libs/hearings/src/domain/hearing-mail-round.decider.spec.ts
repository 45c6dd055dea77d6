import { ForbiddenError, InvalidInputError, fold } from '@app/kernel';
import type { AnswerHearingApproval, SubmitHearingInput } from './hearing.commands';
import { hearingDecider } from './hearing.decider';
import type { HearingEvent } from './hearing.events';
import {
  NOW,
  anna,
  annaInput,
  approvalRequested,
  bo,
  cmd,
  draft1,
  opened,
  refusedField,
  secretary,
  spec,
} from './hearing.fixtures';
import { hearingView } from './hearing.view';

/**
 * Seed 000, item 9: "Rådets medlemmer gav input. Anja sender en mail rundt for yderligere input og
 * godkendelse af høringssvaret." Input given at the meeting, then more input and the approval by
 * mail, all written down by the secretary for the member who gave it.
 */
const MEETING_AT = '2026-01-05T15:00:00+01:00';
const meeting = { meetingId: 'm-2026-1', councilId: 'c1', startsAt: MEETING_AT };
const MAIL_AT = '2026-01-08T10:12:00+01:00';
const RECORDED = '2026-01-09T09:00:00.000Z';

const input = (data: SubmitHearingInput['data'], actor = secretary, now = RECORDED, occurredAt?: string) =>
  cmd<SubmitHearingInput>('SubmitHearingInput', data, actor, now, occurredAt ? { occurredAt } : {});
const answer = (
  data: AnswerHearingApproval['data'],
  actor = secretary,
  now = RECORDED,
  occurredAt?: string,
) => cmd<AnswerHearingApproval>('AnswerHearingApproval', data, actor, now, occurredAt ? { occurredAt } : {});

const boAtMeeting: HearingEvent = {
  type: 'HearingInputSubmitted',
  data: {
    personId: 'bo',
    text: 'Borgere med dobbeltdiagnoser skal nævnes',
    givenAt: MEETING_AT,
    recordedAt: RECORDED,
    late: false,
    recordedBy: 'sofie',
    channel: 'meeting',
    meetingId: 'm-2026-1',
  },
};
const boByMail: HearingEvent = {
  type: 'HearingInputSubmitted',
  data: {
    personId: 'bo',
    text: 'Og udskrivning fra psykiatrien',
    givenAt: MAIL_AT,
    recordedAt: RECORDED,
    late: false,
    recordedBy: 'sofie',
    channel: 'mail',
  },
};

describe('seed 000: input given at the meeting', () => {
  it('is recorded for the member at the meeting’s time when no other time is given', () => {
    spec
      .given([opened])
      .when(
        input({
          text: 'Borgere med dobbeltdiagnoser skal nævnes',
          onBehalfOf: 'bo',
          meetingId: 'm-2026-1',
          meeting,
        }),
      )
      .then([boAtMeeting]);
  });
  it('names only a meeting that exists, is the council’s, and has been held', () => {
    // Issue 21.1: `m-2027-1` was accepted without a meeting behind it.
    expect(refusedField([opened], input({ text: 'x', onBehalfOf: 'bo', meetingId: 'm-2027-1' }))).toBe(
      'meetingId',
    );
    const elsewhere = { ...meeting, councilId: 'c2' };
    expect(
      refusedField(
        [opened],
        input({ text: 'x', onBehalfOf: 'bo', meetingId: 'm-2026-1', meeting: elsewhere }),
      ),
    ).toBe('meetingId');
    const ahead = { ...meeting, startsAt: '2026-01-20T15:00:00+01:00' };
    expect(
      refusedField([opened], input({ text: 'x', onBehalfOf: 'bo', meetingId: 'm-2026-1', meeting: ahead })),
    ).toBe('meetingId');
    // Said at the meeting, so not before it began.
    expect(
      refusedField(
        [opened],
        input({ text: 'x', onBehalfOf: 'bo', meetingId: 'm-2026-1', meeting }, secretary, RECORDED, NOW),
      ),
    ).toBe('occurredAt');
  });
  it('the meeting channel needs its meeting, and a meeting goes with no other channel', () => {
    expect(refusedField([opened], input({ text: 'x', onBehalfOf: 'bo', channel: 'meeting' }))).toBe(
      'meetingId',
    );
    expect(
      refusedField(
        [opened],
        input({ text: 'x', onBehalfOf: 'bo', channel: 'mail', meetingId: 'm-2026-1', meeting }),
      ),
    ).toBe('meetingId');
    expect(
      refusedField([opened], input({ text: 'x', onBehalfOf: 'bo', channel: 'fax' as 'mail' }, secretary)),
    ).toBe('channel');
  });
});

describe('seed 000: the mail round for more input', () => {
  it('adds the member’s further input instead of refusing it (was 409 "revise it instead")', () => {
    spec
      .given([opened, boAtMeeting])
      .when(
        input(
          { text: 'Og udskrivning fra psykiatrien', onBehalfOf: 'bo', channel: 'mail' },
          secretary,
          RECORDED,
          MAIL_AT,
        ),
      )
      .then([boByMail]);
    // A member adds to her own input through the engine as well.
    spec
      .given([opened, annaInput])
      .when(input({ text: 'Også de unge' }, anna, NOW))
      .then([
        { ...annaInput, data: { ...(annaInput.data as object), text: 'Også de unge' } } as HearingEvent,
      ]);
  });
  it('a repeated addition adds nothing twice', () => {
    spec
      .given([opened, boAtMeeting, boByMail])
      .when(
        input(
          { text: 'Og udskrivning fra psykiatrien', onBehalfOf: 'bo', channel: 'mail' },
          secretary,
          RECORDED,
          MAIL_AT,
        ),
      )
      .then([]);
  });
  it('the view keeps the first input and lists what was added, by whom, when and how', () => {
    const view = hearingView(fold(hearingDecider, [opened, boAtMeeting, boByMail]), 'h1');
    const bos = 'inputs' in view ? view.inputs?.find((i) => i.personId === 'bo') : undefined;
    expect(bos).toMatchObject({
      text: 'Borgere med dobbeltdiagnoser skal nævnes',
      channel: 'meeting',
      meetingId: 'm-2026-1',
      recordedBy: 'sofie',
      onBehalf: true,
      additions: [
        {
          text: 'Og udskrivning fra psykiatrien',
          givenAt: MAIL_AT,
          recordedAt: RECORDED,
          recordedBy: 'sofie',
          channel: 'mail',
          onBehalf: true,
        },
      ],
    });
  });
  it('a member names no channel or meeting for her own input: those describe what the secretary heard', () => {
    expect(refusedField([opened], input({ text: 'x', channel: 'mail' }, anna, NOW))).toBe('channel');
    expect(refusedField([opened], input({ text: 'x', meetingId: 'm-2026-1', meeting }, anna, NOW))).toBe(
      'meetingId',
    );
  });
});

describe('seed 000: approval of the response collected by mail', () => {
  const given = [opened, annaInput, draft1, approvalRequested];
  it('the secretary records a member’s approval on her behalf, with when and how it came', () => {
    spec
      .given(given)
      .when(answer({ approve: true, onBehalfOf: 'anna', channel: 'mail' }, secretary, RECORDED, MAIL_AT))
      .then([
        {
          type: 'HearingApprovalAnswered',
          data: {
            personId: 'anna',
            draftVersion: 1,
            approve: true,
            recordedBy: 'sofie',
            givenAt: MAIL_AT,
            channel: 'mail',
          },
        },
      ]);
  });
  it('and an objection by phone, which still needs its reason', () => {
    expect(refusedField(given, answer({ approve: false, onBehalfOf: 'bo', channel: 'phone' }))).toBe(
      'comment',
    );
    spec
      .given(given)
      .when(answer({ approve: false, comment: 'For vagt', onBehalfOf: 'bo', channel: 'phone' }))
      .then([
        {
          type: 'HearingApprovalAnswered',
          data: {
            personId: 'bo',
            draftVersion: 1,
            approve: false,
            comment: 'For vagt',
            recordedBy: 'sofie',
            givenAt: RECORDED,
            channel: 'phone',
          },
        },
      ]);
  });
  it('the view says who recorded the answer and for whom', () => {
    const recorded: HearingEvent = {
      type: 'HearingApprovalAnswered',
      data: {
        personId: 'anna',
        draftVersion: 1,
        approve: true,
        recordedBy: 'sofie',
        givenAt: MAIL_AT,
        channel: 'mail',
      },
    };
    const view = hearingView(fold(hearingDecider, [...given, recorded]), 'h1');
    expect('approval' in view && view.approval?.answers[0]).toEqual({
      personId: 'anna',
      answer: 'approved',
      comment: undefined,
      recordedBy: 'sofie',
      onBehalf: true,
      givenAt: MAIL_AT,
      channel: 'mail',
      meetingId: undefined,
    });
  });
  it('only for a member whose approval was asked, and never for someone else as a member', () => {
    expect(refusedField(given, answer({ approve: true, onBehalfOf: 'zed', channel: 'mail' }))).toBe(
      'onBehalfOf',
    );
    spec
      .given(given)
      .when(answer({ approve: true, onBehalfOf: 'anna' }, bo, NOW))
      .thenThrows(ForbiddenError);
    spec
      .given(given)
      .when(answer({ approve: true }, bo, NOW, '2026-01-04T00:00:00Z'))
      .thenThrows(InvalidInputError, /occurredAt/);
  });
});

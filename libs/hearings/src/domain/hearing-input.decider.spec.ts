import { ForbiddenError, InvalidInputError, InvalidStateError, NotFoundError } from '@app/kernel';
import type { ReviseHearingInput, SubmitHearingInput, WithdrawHearingInput } from './hearing.commands';
import type { HearingEvent } from './hearing.events';
import {
  INPUT_DEADLINE,
  NOW,
  anna,
  annaInput,
  bo,
  cmd,
  draft1,
  evaluator,
  opened,
  refusedField,
  secretary,
  signedOff,
  spec,
  submitted,
} from './hearing.fixtures';

const submit = (data: SubmitHearingInput['data'], actor = anna, now = NOW, occurredAt?: string) =>
  cmd<SubmitHearingInput>('SubmitHearingInput', data, actor, now, occurredAt ? { occurredAt } : {});
const revise = (text: string, actor = anna, now = NOW) =>
  cmd<ReviseHearingInput>('ReviseHearingInput', { text }, actor, now);
const withdraw = (actor = anna, now = NOW) =>
  cmd<WithdrawHearingInput>('WithdrawHearingInput', {}, actor, now);
const AFTER_INPUT_DEADLINE = '2026-01-26T12:00:00.000Z';
const m7 = { meetingId: 'm7', councilId: 'c1', startsAt: '2026-01-05T08:00:00.000Z' };

describe('members give input', () => {
  it('a member submits their own input before the input deadline', () => {
    spec
      .given([opened])
      .when(submit({ text: 'Husk de hjemløse' }))
      .then([annaInput]);
  });
  it('input after the input deadline is taken but marked late', () => {
    spec
      .given([opened])
      .when(submit({ text: 'Sent input' }, bo, AFTER_INPUT_DEADLINE))
      .then([
        {
          type: 'HearingInputSubmitted',
          data: {
            personId: 'bo',
            text: 'Sent input',
            recordedAt: AFTER_INPUT_DEADLINE,
            givenAt: AFTER_INPUT_DEADLINE,
            late: true,
            recordedBy: 'bo',
          },
        },
      ]);
  });
  it('revises own input (late once past the deadline) and withdraws it', () => {
    spec
      .given([opened, annaInput])
      .when(revise('Husk de hjemløse og misbrug', anna, AFTER_INPUT_DEADLINE))
      .then([
        {
          type: 'HearingInputRevised',
          data: {
            personId: 'anna',
            text: 'Husk de hjemløse og misbrug',
            givenAt: AFTER_INPUT_DEADLINE,
            late: true,
          },
        },
      ]);
    spec
      .given([opened, annaInput])
      .when(withdraw())
      .then([{ type: 'HearingInputWithdrawn', data: { personId: 'anna', withdrawnAt: NOW } }]);
  });
  it('repeats change nothing: the same text again, the same revision, a second withdrawal', () => {
    spec
      .given([opened, annaInput])
      .when(submit({ text: 'Husk de hjemløse' }))
      .then([]);
    spec.given([opened, annaInput]).when(revise('Husk de hjemløse')).then([]);
    const withdrawn: HearingEvent = {
      type: 'HearingInputWithdrawn',
      data: { personId: 'anna', withdrawnAt: NOW },
    };
    spec.given([opened, annaInput, withdrawn]).when(withdraw()).then([]);
  });
  it('after a withdrawal the member may give input again', () => {
    const withdrawn: HearingEvent = {
      type: 'HearingInputWithdrawn',
      data: { personId: 'anna', withdrawnAt: NOW },
    };
    spec
      .given([opened, annaInput, withdrawn])
      .when(submit({ text: 'Husk de hjemløse' }))
      .then([annaInput]);
  });
  it('refuses revising or withdrawing nothing', () => {
    spec.given([opened]).when(revise('x')).thenThrows(InvalidStateError);
    spec.given([opened]).when(withdraw()).thenThrows(InvalidStateError);
  });
  it('refuses empty text (400 text)', () => {
    spec
      .given([opened])
      .when(submit({ text: ' ' }))
      .thenThrows(InvalidInputError, /text/);
    expect(refusedField([opened], submit({ text: '' }))).toBe('text');
    expect(refusedField([opened, annaInput], revise(''))).toBe('text');
  });
  it('refuses input after submission (409)', () => {
    spec
      .given([opened, annaInput, draft1, signedOff, submitted])
      .when(submit({ text: 'Too late' }, bo))
      .thenThrows(InvalidStateError, /submitted/);
    spec
      .given([opened, annaInput, draft1, signedOff, submitted])
      .when(withdraw())
      .thenThrows(InvalidStateError);
  });
  it('a member writes only their own input, and only when invited; evaluators write nothing', () => {
    spec
      .given([opened])
      .when(submit({ text: 'x', onBehalfOf: 'bo' }))
      .thenThrows(ForbiddenError);
    const notInvited = { ...opened, data: { ...opened.data, invited: ['bo'] } };
    spec
      .given([notInvited])
      .when(submit({ text: 'x' }))
      .thenThrows(ForbiddenError);
    spec
      .given([opened])
      .when(submit({ text: 'x' }, evaluator))
      .thenThrows(ForbiddenError);
    spec.given([opened]).when(revise('x', secretary)).thenThrows(ForbiddenError);
  });
  it('a member cannot date their own input back', () => {
    expect(refusedField([opened], submit({ text: 'x' }, anna, NOW, '2026-01-04T00:00:00Z'))).toBe(
      'occurredAt',
    );
  });
  it('refuses input to a hearing that does not exist', () => {
    spec
      .given([])
      .when(submit({ text: 'x' }))
      .thenThrows(NotFoundError);
  });
});

describe('the secretary records input given at a meeting', () => {
  it('on a member’s behalf, with the meeting and when it was given: on time even if recorded later', () => {
    spec
      .given([opened])
      .when(
        submit(
          { text: 'Sagt på mødet', onBehalfOf: 'bo', meetingId: 'm7', meeting: m7 },
          secretary,
          AFTER_INPUT_DEADLINE,
          INPUT_DEADLINE,
        ),
      )
      .then([
        {
          type: 'HearingInputSubmitted',
          data: {
            personId: 'bo',
            text: 'Sagt på mødet',
            givenAt: INPUT_DEADLINE,
            recordedAt: AFTER_INPUT_DEADLINE,
            late: false,
            recordedBy: 'sofie',
            channel: 'meeting',
            meetingId: 'm7',
          },
        },
      ]);
  });
  it('needs a member to record for, who is invited, and a time not in the future', () => {
    expect(refusedField([opened], submit({ text: 'x' }, secretary))).toBe('onBehalfOf');
    expect(refusedField([opened], submit({ text: 'x', onBehalfOf: 'zed' }, secretary))).toBe('onBehalfOf');
    expect(
      refusedField([opened], submit({ text: 'x', onBehalfOf: 'bo' }, secretary, NOW, '2026-01-06T00:00:00Z')),
    ).toBe('occurredAt');
  });
  it('refuses input recorded on a member’s behalf before the hearing was received (400 occurredAt)', () => {
    spec
      .given([opened])
      .when(submit({ text: 'x', onBehalfOf: 'bo' }, secretary, NOW, '2023-01-05T09:00:00Z'))
      .thenThrows(InvalidInputError, /occurredAt must not be before the hearing was received/);
  });
});

import {
  ForbiddenError,
  InvalidInputError,
  InvalidStateError,
  optionalId,
  requireInstant,
  requireText,
} from '@app/kernel';
import type { ReviseHearingInput, SubmitHearingInput, WithdrawHearingInput } from './hearing.commands';
import type { HearingInputRevised, HearingInputSubmitted, HearingInputWithdrawn } from './hearing.events';
import { ms, requireHearing, requireNotClosed, requireRole } from './hearing.rules';
import type { HearingState, OpenHearingState } from './hearing.state';

const MEMBER_ROLES = ['member', 'chair'] as const;

function isLate(hearing: OpenHearingState, givenAt: string): boolean {
  // Input after the internal deadline is still taken (issue 4), only marked late.
  return ms(givenAt) > ms(hearing.inputDeadline);
}

function requireInvited(hearing: OpenHearingState, personId: string): void {
  if (!hearing.invited.includes(personId))
    throw new ForbiddenError('only invited members give input to this hearing');
}

export function decideSubmitInput(command: SubmitHearingInput, state: HearingState): HearingInputSubmitted[] {
  const { actor, now, occurredAt } = command.metadata;
  requireRole(actor, ['secretary', ...MEMBER_ROLES], 'give input');
  const hearing = requireHearing(state, command.metadata.councilId);
  requireNotClosed(hearing, 'take input');
  const text = requireText(command.data.text, 'text');
  const { onBehalfOf } = command.data;
  const meetingId = optionalId(command.data.meetingId, 'meetingId');
  let personId: string;
  if (actor.role === 'secretary') {
    // The secretary has no input of their own: they record what a member said (seed 000, item 9).
    if (!onBehalfOf)
      throw new InvalidInputError('the secretary records input on behalf of a member', 'onBehalfOf');
    if (!hearing.invited.includes(onBehalfOf))
      throw new InvalidInputError(`${onBehalfOf} is not invited to this hearing`, 'onBehalfOf');
    personId = onBehalfOf;
  } else {
    if (onBehalfOf !== undefined && onBehalfOf !== actor.personId)
      throw new ForbiddenError('a member gives only their own input');
    // A member's own input counts from when it arrives; only recorded input may be dated back.
    if (occurredAt !== undefined)
      throw new InvalidInputError('occurredAt is for input recorded on a member’s behalf', 'occurredAt');
    requireInvited(hearing, actor.personId);
    personId = actor.personId;
  }
  const givenAt = occurredAt === undefined ? now : requireInstant(occurredAt, 'occurredAt');
  if (ms(givenAt) > ms(now))
    throw new InvalidInputError('occurredAt must not be in the future', 'occurredAt');
  if (occurredAt !== undefined && ms(givenAt) < ms(hearing.receivedAt))
    throw new InvalidInputError('occurredAt must not be before the hearing was received', 'occurredAt');
  const existing = hearing.inputs[personId];
  if (existing && !existing.withdrawn) {
    if (existing.text === text) return [];
    throw new InvalidStateError(`${personId} has already given input: revise it instead`);
  }
  return [
    {
      type: 'HearingInputSubmitted',
      data: {
        personId,
        text,
        givenAt,
        recordedAt: now,
        late: isLate(hearing, givenAt),
        recordedBy: actor.personId,
        ...(meetingId !== undefined && { meetingId }),
      },
    },
  ];
}

export function decideReviseInput(command: ReviseHearingInput, state: HearingState): HearingInputRevised[] {
  const { actor, now } = command.metadata;
  requireRole(actor, MEMBER_ROLES, 'revise input');
  const hearing = requireHearing(state, command.metadata.councilId);
  requireNotClosed(hearing, 'take input');
  const text = requireText(command.data.text, 'text');
  const existing = hearing.inputs[actor.personId];
  if (!existing || existing.withdrawn) throw new InvalidStateError('there is no input of yours to revise');
  if (existing.text === text) return [];
  return [
    {
      type: 'HearingInputRevised',
      data: { personId: actor.personId, text, givenAt: now, late: isLate(hearing, now) },
    },
  ];
}

export function decideWithdrawInput(
  command: WithdrawHearingInput,
  state: HearingState,
): HearingInputWithdrawn[] {
  const { actor, now } = command.metadata;
  requireRole(actor, MEMBER_ROLES, 'withdraw input');
  const hearing = requireHearing(state, command.metadata.councilId);
  requireNotClosed(hearing, 'withdraw input');
  const existing = hearing.inputs[actor.personId];
  if (!existing) throw new InvalidStateError('there is no input of yours to withdraw');
  if (existing.withdrawn) return [];
  return [{ type: 'HearingInputWithdrawn', data: { personId: actor.personId, withdrawnAt: now } }];
}

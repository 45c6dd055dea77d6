import { ForbiddenError, InvalidInputError, InvalidStateError, requireText } from '@app/kernel';
import type { ReviseHearingInput, SubmitHearingInput, WithdrawHearingInput } from './hearing.commands';
import type { HearingInputRevised, HearingInputSubmitted, HearingInputWithdrawn } from './hearing.events';
import { ms, requireHearing, requireNotClosed, requireRole } from './hearing.rules';
import type { HearingState, OpenHearingState } from './hearing.state';
import { recordingOf } from './recorded-on-behalf';

const MEMBER_ROLES = ['member', 'chair'] as const;

function isLate(hearing: OpenHearingState, givenAt: string): boolean {
  // Input after the internal deadline is still taken (issue 4), only marked late.
  // Without an input deadline (issue 18.4: an own-initiative statement with no deadline) nothing is late.
  return hearing.inputDeadline !== undefined && ms(givenAt) > ms(hearing.inputDeadline);
}

function requireInvited(hearing: OpenHearingState, personId: string): void {
  if (!hearing.invited.includes(personId))
    throw new ForbiddenError('only invited members give input to this hearing');
}

export function decideSubmitInput(command: SubmitHearingInput, state: HearingState): HearingInputSubmitted[] {
  const { actor, now } = command.metadata;
  requireRole(actor, ['secretary', ...MEMBER_ROLES], 'give input');
  const hearing = requireHearing(state, command.metadata.councilId);
  requireNotClosed(hearing, 'take input');
  const text = requireText(command.data.text, 'text');
  // The secretary has no input of their own: they record what a member said (seed 000, item 9).
  const recording = recordingOf(actor, command.metadata, hearing, command.data);
  const { personId, givenAt, onBehalf, ...how } = recording;
  if (onBehalf && !hearing.invited.includes(personId))
    throw new InvalidInputError(`${personId} is not invited to this hearing`, 'onBehalfOf');
  if (!onBehalf) requireInvited(hearing, personId);
  const existing = hearing.inputs[personId];
  // More input from the same member is added (seed 000: the mail round "for yderligere input");
  // the same text again is a retry and adds nothing twice.
  if (existing && !existing.withdrawn) {
    const given = [existing.text, ...existing.additions.map((a) => a.text)];
    if (given.includes(text)) return [];
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
        ...how,
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

import { NotFoundError, carriedOverRefusal, decideCarryIn, decideCarryOver, type Decider } from '@app/kernel';
import {
  decideDeclination,
  decideAnswer,
  decideApprovalRequest,
  decideDraft,
  decideSignOff,
  decideSubmission,
} from './decide-response';
import {
  decideApprovalDeadlinePassed,
  decideInputDeadlinePassed,
  decideLapse,
  decideReminders,
} from './decide-deadlines';
import { decideInvitation } from './decide-invitation';
import { decideReviseInput, decideSubmitInput, decideWithdrawInput } from './decide-input';
import { decideExtension, decideOpen } from './decide-opening';
import { HEARING_SCHEDULED_COMMANDS, type HearingCommand } from './hearing.commands';
import type { HearingEvent } from './hearing.events';
import { evolveHearing, initialHearingState, isClosed, type HearingState } from './hearing.state';

/** What the deadline jobs send: a job left in the queue of a carried hearing records nothing. */
const SCHEDULED: ReadonlySet<string> = new Set(HEARING_SCHEDULED_COMMANDS);

export function decideHearing(command: HearingCommand, state: HearingState): HearingEvent[] {
  // Issue 18.3: a hearing carried over to a successor continues there and takes nothing more here.
  if (state.exists && state.carriedOverTo !== undefined && command.type !== 'CarryCaseOver') {
    if (SCHEDULED.has(command.type)) return [];
    throw carriedOverRefusal('hearing', state.carriedOverTo);
  }
  switch (command.type) {
    case 'CarryCaseOver':
      if (!state.exists) throw new NotFoundError('no such hearing');
      return decideCarryOver(
        command,
        { ...state, ...(isClosed(state) && { closedAs: state.status }) },
        'hearing',
      );
    case 'CarryCaseIn':
      return decideCarryIn(command, state, 'hearing');
    case 'OpenHearing':
      return decideOpen(command, state);
    case 'SubmitHearingInput':
      return decideSubmitInput(command, state);
    case 'ReviseHearingInput':
      return decideReviseInput(command, state);
    case 'WithdrawHearingInput':
      return decideWithdrawInput(command, state);
    case 'DraftHearingResponse':
      return decideDraft(command, state);
    case 'RequestHearingApproval':
      return decideApprovalRequest(command, state);
    case 'AnswerHearingApproval':
      return decideAnswer(command, state);
    case 'SignOffHearingResponse':
      return decideSignOff(command, state);
    case 'SubmitHearingResponse':
      return decideSubmission(command, state);
    case 'DeclineHearing':
      return decideDeclination(command, state);
    case 'ExtendHearingDeadline':
      return decideExtension(command, state);
    case 'InviteHearingMembers':
      return decideInvitation(command, state);
    case 'IssueHearingReminders':
      return decideReminders(command, state);
    case 'RecordInputDeadlinePassed':
      return decideInputDeadlinePassed(command, state);
    case 'RecordApprovalDeadlinePassed':
      return decideApprovalDeadlinePassed(command, state);
    case 'RecordHearingLapse':
      return decideLapse(command, state);
  }
}

export const hearingDecider: Decider<HearingCommand, HearingEvent, HearingState> = {
  initialState: initialHearingState,
  evolve: evolveHearing,
  decide: decideHearing,
};

import type { Command, DomainEvent } from '@app/kernel';
import { InvalidInputError } from '@app/kernel';
import type { DeadlineSource } from '@app/scheduling';
import type { HearingCommand } from '../domain/hearing.commands';
import { hearingDeadlines } from '../domain/hearing.deadlines';
import type { HearingEvent } from '../domain/hearing.events';
import { evolveHearing, initialHearingState, type HearingState } from '../domain/hearing.state';
import { HearingMessage } from './hearing.message';

/** The command types hearing deadline jobs carry (for the dispatcher's registrations). */
export const HEARING_SCHEDULED_COMMANDS: readonly string[] = [
  'IssueHearingReminders',
  'RecordInputDeadlinePassed',
  'RecordApprovalDeadlinePassed',
  'RecordHearingLapse',
];

/** What the scheduler's follower needs for `hearing-*` streams (its dispatcher sets SYSTEM_ACTOR). */
export const hearingDeadlineSource: DeadlineSource<HearingState> = {
  category: 'hearing',
  initialState: initialHearingState,
  evolve: (state: HearingState, event: DomainEvent) => evolveHearing(state, event as HearingEvent),
  deadlines: hearingDeadlines,
  toMessage(streamId: string, command: Command): HearingMessage {
    // A job only ever carries the scheduler's own commands; anything else is refused, not run.
    if (!HEARING_SCHEDULED_COMMANDS.includes(command.type))
      throw new InvalidInputError(`${command.type} is not a scheduled hearing command`, 'type');
    return new HearingMessage(streamId, command as HearingCommand);
  },
};

export const hearingDeadlineSources = [hearingDeadlineSource];

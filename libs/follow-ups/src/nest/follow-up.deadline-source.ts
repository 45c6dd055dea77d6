import { InvalidInputError, type Command, type DomainEvent } from '@app/kernel';
import type { DeadlineSource } from '@app/scheduling';
import { SCHEDULED_COMMAND_TYPES, type FollowUpCommand } from '../domain/follow-up.commands';
import { followUpDeadlines } from '../domain/follow-up.deadlines';
import type { FollowUpEvent } from '../domain/follow-up.events';
import { evolveFollowUp, initialFollowUpState, type FollowUpState } from '../domain/follow-up.state';
import { FOLLOW_UP_CATEGORY, FollowUpMessage } from './follow-up.message';

/** What the scheduler needs to follow follow-ups: fold, pending deadlines, and the way back to the bus. */
export const followUpDeadlineSource: DeadlineSource<FollowUpState> = {
  category: FOLLOW_UP_CATEGORY,
  initialState: initialFollowUpState,
  evolve: (state: FollowUpState, event: DomainEvent) => evolveFollowUp(state, event as FollowUpEvent),
  deadlines: followUpDeadlines,
  toMessage(streamId: string, command: Command): FollowUpMessage {
    // Only the scheduled commands come this way; anything else is a wiring mistake, not a decision.
    if (!(SCHEDULED_COMMAND_TYPES as readonly string[]).includes(command.type))
      throw new InvalidInputError(`${command.type} is not a scheduled follow-up command`, 'type');
    return new FollowUpMessage(streamId, command as FollowUpCommand);
  },
};

import { type Command, type DomainEvent, InvalidInputError } from '@app/kernel';
import type { DeadlineSource } from '@app/scheduling';
import type { CouncilCommand } from '../council/council.commands';
import { councilDeadlines } from '../council/council.deadlines';
import type { CouncilEvent } from '../council/council.events';
import { evolveCouncil, initialCouncilState, type CouncilState } from '../council/council.state';
import { CouncilMessage } from './council.message';

/** The council's own dates: the end of its term and its evaluation (seed 001). */
export const councilDeadlineSource: DeadlineSource<CouncilState> = {
  category: 'council',
  initialState: initialCouncilState,
  evolve: (state: CouncilState, event: DomainEvent) => evolveCouncil(state, event as CouncilEvent),
  deadlines: councilDeadlines,
  toMessage(streamId: string, command: Command): CouncilMessage {
    if (command.type !== 'IssueCouncilReminders') {
      throw new InvalidInputError(`${command.type} is not a scheduled council command`, 'type');
    }
    return new CouncilMessage(streamId, command as CouncilCommand);
  },
};

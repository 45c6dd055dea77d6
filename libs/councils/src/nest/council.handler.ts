import { CommandHandler } from '@nestjs/cqrs';
import { AggregateMessageHandler, CommandExecutor } from '@app/event-store';
import type { CouncilCommand } from '../council/council.commands';
import { councilDecider } from '../council/council.decider';
import type { CouncilEvent } from '../council/council.events';
import type { CouncilState } from '../council/council.state';
import { CouncilMessage } from './council.message';

@CommandHandler(CouncilMessage)
export class CouncilHandler extends AggregateMessageHandler<CouncilCommand, CouncilEvent, CouncilState> {
  constructor(executor: CommandExecutor) {
    super(executor, councilDecider);
  }
}

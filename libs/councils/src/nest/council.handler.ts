import { CommandHandler } from '@nestjs/cqrs';
import { AggregateMessageHandler, CommandExecutor, EventStore, type ExecuteResult } from '@app/event-store';
import type { CouncilCommand } from '../council/council.commands';
import { councilDecider } from '../council/council.decider';
import type { CouncilEvent } from '../council/council.events';
import type { CouncilState } from '../council/council.state';
import { CouncilMessage } from './council.message';

/**
 * A scheduler command (a term reminder) knows only the stream: it gets the council's id from the
 * stream's first event, so its events are filed under the council like every other.
 */
@CommandHandler(CouncilMessage)
export class CouncilHandler extends AggregateMessageHandler<CouncilCommand, CouncilEvent, CouncilState> {
  constructor(
    executor: CommandExecutor,
    private readonly store: EventStore,
  ) {
    super(executor, councilDecider);
  }

  override async execute(message: CouncilMessage): Promise<ExecuteResult<CouncilEvent>> {
    const { command } = message;
    if (command.metadata.councilId !== undefined || command.type !== 'IssueCouncilReminders')
      return super.execute(message);
    const [first] = await this.store.readStream(message.streamId, { maxCount: 1 });
    const councilId = first?.metadata.councilId;
    if (councilId === undefined) return super.execute(message);
    const enriched = { ...command, metadata: { ...command.metadata, councilId } };
    return super.execute(new CouncilMessage(message.streamId, enriched, message.options));
  }
}

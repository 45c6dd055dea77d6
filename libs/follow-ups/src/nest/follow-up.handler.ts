import { CommandHandler } from '@nestjs/cqrs';
import { AggregateMessageHandler, CommandExecutor, type ExecuteResult } from '@app/event-store';
import { withBusinessDate } from '@app/kernel';
import type { FollowUpCommand } from '../domain/follow-up.commands';
import { followUpDecider } from '../domain/follow-up.decider';
import type { FollowUpEvent } from '../domain/follow-up.events';
import type { FollowUpState } from '../domain/follow-up.state';
import { ImplementedCaseReader } from './implemented-case.reader';
import { FollowUpMessage } from './follow-up.message';

/** load -> fold -> decide -> append; a creation first learns what the implemented case has reached. */
@CommandHandler(FollowUpMessage)
export class FollowUpHandler extends AggregateMessageHandler<FollowUpCommand, FollowUpEvent, FollowUpState> {
  constructor(
    executor: CommandExecutor,
    private readonly cases: ImplementedCaseReader,
  ) {
    super(executor, followUpDecider);
  }

  override async execute(given: FollowUpMessage): Promise<ExecuteResult<FollowUpEvent>> {
    // A phase, milestone or verdict entered after the fact happened on its `on`.
    const dated = withBusinessDate(given.command, (given.command.data as { on?: unknown }).on);
    const message =
      dated === given.command ? given : new FollowUpMessage(given.streamId, dated, given.options);
    const { command } = message;
    if (command.type !== 'CreateFollowUp') return super.execute(message);
    const facts = await this.cases.factsOf(command.data.implements, command.metadata.councilId);
    return this.executor.execute(
      this.decider,
      message.streamId,
      { ...command, data: { ...command.data, facts } },
      message.options,
    );
  }
}

import type { ICommand, ICommandHandler } from '@nestjs/cqrs';
import type { Command, Decider, DomainEvent } from '@app/kernel';
import type { CommandExecutor, ExecuteOptions, ExecuteResult } from '../aggregate/command-executor';

/**
 * One bus message per aggregate kind carries any of its commands: the decider already switches on
 * `command.type`, so a class per command would only repeat it. A feature declares
 * `class HearingMessage extends AggregateMessage<HearingCommand> {}` and a handler for it.
 */
export abstract class AggregateMessage<C extends Command> implements ICommand {
  constructor(
    readonly streamId: string,
    readonly command: C,
    readonly options: ExecuteOptions = {},
  ) {}
}

/** load -> fold -> decide -> append for one aggregate kind; override `execute` to enrich a command. */
export abstract class AggregateMessageHandler<
  C extends Command,
  E extends DomainEvent,
  S,
> implements ICommandHandler<AggregateMessage<C>, ExecuteResult<E>> {
  protected constructor(
    protected readonly executor: CommandExecutor,
    protected readonly decider: Decider<C, E, S>,
  ) {}

  execute(message: AggregateMessage<C>): Promise<ExecuteResult<E>> {
    return this.executor.execute(this.decider, message.streamId, message.command, message.options);
  }
}

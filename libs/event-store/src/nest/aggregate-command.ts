import { Global, Injectable, Module } from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommand, type ICommandHandler } from '@nestjs/cqrs';
import type { AggregateDescriptor, AnyAggregateDescriptor, Command, DomainEvent } from '@app/kernel';
import { CommandExecutor, type Enrich, type ExecuteResult } from '../aggregate/command-executor';
import { CaseLocator } from '../cases/case-locator';

export interface SendOptions {
  /** The revision the caller saw (HTTP `If-Match`); a mismatch is a 409, never retried. */
  expectedRevision?: number;
  /** Retries on a concurrency conflict when the caller gave no expected revision. */
  retries?: number;
}

/**
 * The one bus message, for every command of every aggregate: the descriptor says which decider
 * decides it, so neither a class per command nor one per aggregate would add anything.
 */
export class AggregateCommand<C extends Command = Command> implements ICommand {
  constructor(
    readonly descriptor: AnyAggregateDescriptor,
    readonly streamId: string,
    readonly command: C,
    readonly options: SendOptions = {},
  ) {}
}

/**
 * What a feature adds to its aggregate's write path. `enrich` reads what the pure decider cannot
 * know (the council's members, the cycle's calendar) and runs inside the executor's retry loop, so
 * a conflict enriches again. `after` runs once the append has committed (a budget cycle's passed
 * deadline recorded on each proposal that missed it).
 */
export interface AggregateEnrichment<C extends Command, E extends DomainEvent, S> {
  enrich?: Enrich<C, S>;
  after?(command: C, result: ExecuteResult<E>, streamId: string): Promise<void>;
}

/** Each feature registers its aggregates' enrichments here when its module starts. */
@Injectable()
export class AggregateEnrichments {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one map for every aggregate's types
  private readonly byCategory = new Map<string, AggregateEnrichment<any, any, any>>();

  register<C extends Command, E extends DomainEvent, S>(
    descriptor: AggregateDescriptor<C, E, S>,
    enrichment: AggregateEnrichment<C, E, S>,
  ): void {
    // Two enrichments for one aggregate is a wiring mistake; failing at start shows it.
    if (this.byCategory.has(descriptor.category))
      throw new Error(`${descriptor.category} already has an enrichment`);
    this.byCategory.set(descriptor.category, enrichment);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the caller holds the descriptor's own types
  of(descriptor: AnyAggregateDescriptor): AggregateEnrichment<any, any, any> | undefined {
    return this.byCategory.get(descriptor.category);
  }
}

/** read -> enrich -> decide -> append, for every aggregate (CommandExecutor), then `after`. */
@CommandHandler(AggregateCommand)
export class AggregateCommandHandler implements ICommandHandler<AggregateCommand, ExecuteResult> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly enrichments: AggregateEnrichments,
  ) {}

  async execute({ descriptor, streamId, command, options }: AggregateCommand): Promise<ExecuteResult> {
    const enrichment = this.enrichments.of(descriptor);
    const result = await this.executor.execute(descriptor.decider, streamId, command, {
      ...options,
      ...(enrichment?.enrich && { enrich: enrichment.enrich }),
    });
    await enrichment?.after?.(command, result, streamId);
    return result;
  }
}

/** Every write's answer (docs/conventions.md): the case and its stream's revision after the write. */
export interface SendAnswer {
  id: string;
  revision: number;
}

/**
 * The one writer: `send(descriptor, id, command, { expectedRevision })` finds the council's case
 * (CaseLocator), sends the command on the bus and answers once the store has committed.
 */
@Injectable()
export class AggregateWriter {
  constructor(
    private readonly bus: CommandBus,
    private readonly cases: CaseLocator,
  ) {}

  async send<C extends Command, E extends DomainEvent, S>(
    descriptor: AggregateDescriptor<C, E, S>,
    id: string,
    command: C,
    options: SendOptions & { councilId?: string } = {},
  ): Promise<SendAnswer> {
    const { revision } = await this.execute(descriptor, id, command, options);
    return { id, revision };
  }

  /** The same, answering what was recorded, for a caller that reads it (who was appointed). */
  async execute<C extends Command, E extends DomainEvent, S>(
    descriptor: AggregateDescriptor<C, E, S>,
    id: string,
    command: C,
    { councilId, ...options }: SendOptions & { councilId?: string } = {},
  ): Promise<ExecuteResult<E>> {
    // The route's council finds the case when the caller's token names none (an admin).
    const council = councilId ?? command.metadata.councilId;
    const streamId = await this.cases.streamOf(descriptor.category, council, id);
    return this.bus.execute<AggregateCommand<C>, ExecuteResult<E>>(
      new AggregateCommand(descriptor, streamId, command, options),
    );
  }
}

/** The write path's Nest parts; needs the global CqrsModule.forRoot() and EventStoreModule. */
@Global()
@Module({
  providers: [AggregateEnrichments, AggregateCommandHandler, AggregateWriter],
  exports: [AggregateEnrichments, AggregateWriter],
})
export class AggregateCommandsModule {}

import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AggregateEnrichments } from '@app/event-store';
import { withBusinessDate } from '@app/kernel';
import type { FollowUpCommand } from '../domain/follow-up.commands';
import { followUpDescriptor } from '../domain/follow-up.descriptor';
import { ImplementedCaseReader } from './implemented-case.reader';

/** A step entered after the fact is dated; a creation first learns what the implemented case has reached. */
@Injectable()
export class FollowUpEnrichment implements OnModuleInit {
  constructor(
    private readonly enrichments: AggregateEnrichments,
    private readonly cases: ImplementedCaseReader,
  ) {}

  onModuleInit(): void {
    this.enrichments.register(followUpDescriptor, { enrich: (command) => this.enrich(command) });
  }

  private async enrich(given: FollowUpCommand): Promise<FollowUpCommand> {
    // A phase, milestone or verdict entered after the fact happened on its `on`.
    const command = withBusinessDate(given, (given.data as { on?: unknown }).on);
    if (command.type !== 'CreateFollowUp') return command;
    const facts = await this.cases.factsOf(command.data.implements, command.metadata.councilId);
    return { ...command, data: { ...command.data, facts } };
  }
}

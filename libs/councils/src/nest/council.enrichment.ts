import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AggregateEnrichments, EventStore } from '@app/event-store';
import type { CouncilCommand } from '../council/council.commands';
import { councilDescriptor } from '../council/council.descriptor';

/**
 * A scheduler command (a term reminder) knows only the stream: it gets the council's id from the
 * stream's first event, so its events are filed under the council like every other.
 */
@Injectable()
export class CouncilEnrichment implements OnModuleInit {
  constructor(
    private readonly enrichments: AggregateEnrichments,
    private readonly store: EventStore,
  ) {}

  onModuleInit(): void {
    this.enrichments.register(councilDescriptor, {
      enrich: (command, { streamId }) => this.enrich(streamId, command),
    });
  }

  private async enrich(streamId: string, command: CouncilCommand): Promise<CouncilCommand> {
    if (command.metadata.councilId !== undefined || command.type !== 'IssueCouncilReminders') return command;
    const [first] = await this.store.readStream(streamId, { maxCount: 1 });
    const councilId = first?.metadata.councilId;
    if (councilId === undefined) return command;
    return { ...command, metadata: { ...command.metadata, councilId } };
  }
}

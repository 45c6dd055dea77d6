import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CaseLocator, type ExecuteResult } from '@app/event-store';
import type { CommandMetadata } from '@app/kernel';
import type { FollowUpCommand } from '../domain/follow-up.commands';
import { FOLLOW_UP_CATEGORY, FollowUpMessage } from '../nest/follow-up.message';

export interface WriteAnswer {
  id: string;
  revision: number;
}

/** Sends one follow-up command over the bus and answers `{ id, revision }` (docs/conventions.md). */
@Injectable()
export class FollowUpWriter {
  constructor(
    private readonly bus: CommandBus,
    private readonly cases: CaseLocator,
  ) {}

  async send<C extends FollowUpCommand>(
    id: string,
    type: C['type'],
    data: C['data'],
    metadata: CommandMetadata,
    expectedRevision: number | undefined,
  ): Promise<WriteAnswer> {
    const command = { type, data, metadata } as FollowUpCommand;
    const streamId = await this.cases.streamOf(FOLLOW_UP_CATEGORY, metadata.councilId, id);
    const result = await this.bus.execute<FollowUpMessage, ExecuteResult>(
      new FollowUpMessage(streamId, command, { expectedRevision }),
    );
    return { id, revision: result.revision };
  }
}

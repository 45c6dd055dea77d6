import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { ExecuteResult } from '@app/event-store';
import type { CommandMetadata } from '@app/kernel';
import type { FollowUpCommand } from '../domain/follow-up.commands';
import { followUpStreamId, FollowUpMessage } from '../nest/follow-up.message';

export interface WriteAnswer {
  id: string;
  revision: number;
}

/** Sends one follow-up command over the bus and answers `{ id, revision }` (conventions). */
@Injectable()
export class FollowUpWriter {
  constructor(private readonly bus: CommandBus) {}

  async send<C extends FollowUpCommand>(
    id: string,
    type: C['type'],
    data: C['data'],
    metadata: CommandMetadata,
    expectedRevision: number | undefined,
  ): Promise<WriteAnswer> {
    const command = { type, data, metadata } as FollowUpCommand;
    const result = await this.bus.execute<FollowUpMessage, ExecuteResult>(
      new FollowUpMessage(followUpStreamId(id), command, { expectedRevision }),
    );
    return { id, revision: result.revision };
  }
}

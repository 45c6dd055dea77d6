import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  Allow,
  ApiCreate,
  apiPath,
  CommandContext,
  CurrentActor,
  IfMatch,
  WriteAnswer,
  type CurrentActorValue,
} from '@app/access';
import { IdGenerator, type CommandMetadata } from '@app/kernel';
import { createFollowUpData } from './create-follow-up.mapper';
import { FollowUpPlanDto } from './dto/create-follow-up.dto';
import { FollowUpDefaultsResolver } from './follow-up-defaults';
import { AggregateWriter } from '@app/event-store';
import { followUpDescriptor } from '../domain/follow-up.descriptor';
import { FOLLOW_UP_WRITERS } from './follow-up-roles';

/**
 * Issue 6, item 4: a follow-up offered from the adopted proposal itself, carrying the link and
 * (unless the body gives others) the grants of its decision. Lives here, not in the budget lib,
 * so the follow-up's rules stay in one room.
 */
@ApiTags('follow-ups')
@ApiBearerAuth()
@Controller('councils/:councilId/budget-proposals/:proposalId/follow-up')
export class BudgetProposalFollowUpController {
  constructor(
    private readonly writer: AggregateWriter,
    private readonly defaults: FollowUpDefaultsResolver,
    private readonly ids: IdGenerator,
  ) {}

  @Post()
  @Allow(...FOLLOW_UP_WRITERS)
  @ApiCreate({
    summary: 'Follow up this adopted or partly adopted proposal, with its grants',
    type: WriteAnswer,
    location: ({ params }, answer) => apiPath('councils', params.councilId, 'follow-ups', answer.id),
  })
  async create(
    @Param('councilId') councilId: string,
    @Param('proposalId') proposalId: string,
    @Body() body: FollowUpPlanDto,
    @CurrentActor() actor: CurrentActorValue,
    @CommandContext() meta: CommandMetadata,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteAnswer> {
    const id = body.id ?? this.ids.next();
    const defaults = await this.defaults.resolve(councilId, actor, body);
    const data = createFollowUpData(id, body, { kind: 'budget-proposal', id: proposalId }, defaults);
    return this.writer.send(
      followUpDescriptor,
      id,
      { type: 'CreateFollowUp', data, metadata: meta },
      { expectedRevision: ifMatch },
    );
  }
}

import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  Allow,
  ApiAction,
  ApiCreate,
  ApiRead,
  apiPath,
  CommandContext,
  CurrentActor,
  IfMatch,
  READ_ROLES,
  WriteAnswer,
  type CurrentActorValue,
} from '@app/access';
import { AggregateWriter, CaseLocator, ReadModelSql } from '@app/event-store';
import { Clock, IdGenerator, NotFoundError, requireOwnCouncil, type CommandMetadata } from '@app/kernel';
import { followUpView, type FollowUpView } from '../domain/follow-up.view';
import { listFollowUps, type FollowUpListItem } from '../read-model/follow-up-list.query';
import { createFollowUpData } from './create-follow-up.mapper';
import { CreateFollowUpDto } from './dto/create-follow-up.dto';
import {
  ActualDateDto,
  CompleteMilestoneDto,
  GiveVerdictDto,
  ListFollowUpsQueryDto,
  RecordEvaluationDto,
  RevisePlanDto,
  SubmitStatusReportDto,
} from './dto/follow-up-actions.dto';
import { FollowUpDefaultsResolver } from './follow-up-defaults';
import { FOLLOW_UP_WRITERS } from './follow-up-roles';
import { followUpDescriptor } from '../domain/follow-up.descriptor';
import { FollowUpListResponse, FollowUpResponse, StatusReportAnswer } from './dto/follow-up.response';

@ApiTags('follow-ups')
@ApiBearerAuth()
@Controller('councils/:councilId/follow-ups')
export class FollowUpsController {
  constructor(
    private readonly writer: AggregateWriter,
    private readonly defaults: FollowUpDefaultsResolver,
    private readonly cases: CaseLocator,
    private readonly readModels: ReadModelSql,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  @Post()
  @Allow(...FOLLOW_UP_WRITERS)
  @ApiCreate({
    summary: 'Follow up an adopted proposal, a submitted hearing response or a decided meeting item',
    type: WriteAnswer,
    location: ({ params }, answer) => apiPath('councils', params.councilId, 'follow-ups', answer.id),
  })
  async create(
    @Param('councilId') councilId: string,
    @Body() body: CreateFollowUpDto,
    @CurrentActor() actor: CurrentActorValue,
    @CommandContext() meta: CommandMetadata,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteAnswer> {
    const id = body.id ?? this.ids.next();
    const defaults = await this.defaults.resolve(councilId, actor, body);
    const data = createFollowUpData(id, body, body.implements, defaults);
    return this.writer.send(
      followUpDescriptor,
      id,
      { type: 'CreateFollowUp', data, metadata: meta },
      { expectedRevision: ifMatch },
    );
  }

  @Get()
  @Allow(...READ_ROLES)
  @ApiRead({
    summary: 'List follow-ups, by status, by what they implement, or overdue only',
    type: FollowUpListResponse,
  })
  async list(
    @Param('councilId') councilId: string,
    @Query() query: ListFollowUpsQueryDto,
  ): Promise<{ items: FollowUpListItem[] }> {
    const items = await listFollowUps(
      this.readModels,
      councilId,
      {
        status: query.status,
        implementsKind: query.implementsKind,
        implementsId: query.implementsId,
        overdueOnly: query.overdue === 'true',
      },
      this.clock.now().toISOString(),
    );
    return { items };
  }

  @Get(':id')
  @Allow(...READ_ROLES)
  @ApiRead({
    summary: 'One follow-up with its derived progress (?asOf= for the state as it was)',
    type: FollowUpResponse,
    etag: true,
  })
  async get(
    @Param('councilId') councilId: string,
    @Param('id') id: string,
  ): Promise<FollowUpView & { revision: number }> {
    const { events, state, revision } = await this.cases.aggregateStream(followUpDescriptor, councilId, id);
    if (events.length === 0) throw new NotFoundError(`follow-up ${id} not found`);
    requireOwnCouncil(events[0].metadata.councilId, councilId, `follow-up ${id} not found`);
    return { ...followUpView(state, id, this.clock.now().toISOString()), revision };
  }

  @Post(':id/phases/:phaseId/start')
  @ApiAction({ summary: 'Record that a phase started', type: WriteAnswer })
  @Allow(...FOLLOW_UP_WRITERS)
  startPhase(
    @Param('id') id: string,
    @Param('phaseId') phaseId: string,
    @Body() body: ActualDateDto,
    @CommandContext() meta: CommandMetadata,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteAnswer> {
    return this.writer.send(
      followUpDescriptor,
      id,
      { type: 'StartPhase', data: { phaseId, on: body.on }, metadata: meta },
      { expectedRevision: ifMatch },
    );
  }

  @Post(':id/phases/:phaseId/completion')
  @ApiAction({ summary: 'Record that a phase was completed', type: WriteAnswer })
  @Allow(...FOLLOW_UP_WRITERS)
  completePhase(
    @Param('id') id: string,
    @Param('phaseId') phaseId: string,
    @Body() body: ActualDateDto,
    @CommandContext() meta: CommandMetadata,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteAnswer> {
    return this.writer.send(
      followUpDescriptor,
      id,
      { type: 'CompletePhase', data: { phaseId, on: body.on }, metadata: meta },
      { expectedRevision: ifMatch },
    );
  }

  @Post(':id/milestones/:milestoneId/completion')
  @ApiAction({ summary: 'Record a milestone as met or missed', type: WriteAnswer })
  @Allow(...FOLLOW_UP_WRITERS)
  completeMilestone(
    @Param('id') id: string,
    @Param('milestoneId') milestoneId: string,
    @Body() body: CompleteMilestoneDto,
    @CommandContext() meta: CommandMetadata,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteAnswer> {
    return this.writer.send(
      followUpDescriptor,
      id,
      {
        type: 'CompleteMilestone',
        data: { milestoneId, outcome: body.outcome, on: body.on, note: body.note },
        metadata: meta,
      },
      { expectedRevision: ifMatch },
    );
  }

  @Post(':id/status-reports')
  @Allow(...FOLLOW_UP_WRITERS)
  @ApiCreate({
    summary: 'A status report: a summary, and any indicator values as of a date',
    description: 'A report is read as part of its follow-up, so `Location` names the follow-up.',
    type: StatusReportAnswer,
    location: ({ params }) => apiPath('councils', params.councilId, 'follow-ups', params.id),
  })
  async submitStatusReport(
    @Param('id') id: string,
    @Body() body: SubmitStatusReportDto,
    @CommandContext() meta: CommandMetadata,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteAnswer & { reportId: string }> {
    const reportId = body.id ?? this.ids.next();
    const answer = await this.writer.send(
      followUpDescriptor,
      id,
      {
        type: 'SubmitStatusReport',
        data: { reportId, summary: body.summary, asOf: body.asOf, values: body.values },
        metadata: meta,
      },
      { expectedRevision: ifMatch },
    );
    return { ...answer, reportId };
  }

  @Post(':id/plan-revision')
  @Allow(...FOLLOW_UP_WRITERS)
  @ApiAction({ summary: 'New dates with a reason; the old plan stays in the history', type: WriteAnswer })
  revisePlan(
    @Param('id') id: string,
    @Body() body: RevisePlanDto,
    @CommandContext() meta: CommandMetadata,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteAnswer> {
    return this.writer.send(
      followUpDescriptor,
      id,
      { type: 'RevisePlan', data: { ...body }, metadata: meta },
      { expectedRevision: ifMatch },
    );
  }

  @Post(':id/evaluation')
  @ApiAction({ summary: 'Record the evaluation of the follow-up', type: WriteAnswer })
  @Allow(...FOLLOW_UP_WRITERS)
  recordEvaluation(
    @Param('id') id: string,
    @Body() body: RecordEvaluationDto,
    @CommandContext() meta: CommandMetadata,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteAnswer> {
    return this.writer.send(
      followUpDescriptor,
      id,
      {
        type: 'RecordEvaluation',
        data: {
          summary: body.summary,
          evaluatedOn: body.evaluatedOn,
          kind: body.kind,
          verdict: body.verdict,
        },
        metadata: meta,
      },
      { expectedRevision: ifMatch },
    );
  }

  @Post(':id/verdict')
  @Allow(...FOLLOW_UP_WRITERS)
  @ApiAction({
    summary: 'End the follow-up: continue, adjust or discontinue, with a reason',
    type: WriteAnswer,
  })
  giveVerdict(
    @Param('id') id: string,
    @Body() body: GiveVerdictDto,
    @CommandContext() meta: CommandMetadata,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteAnswer> {
    return this.writer.send(
      followUpDescriptor,
      id,
      {
        type: 'GiveVerdict',
        data: { verdict: body.verdict, reason: body.reason, on: body.on },
        metadata: meta,
      },
      { expectedRevision: ifMatch },
    );
  }
}

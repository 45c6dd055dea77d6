import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  Allow,
  ApiAction,
  ApiCreate,
  ApiRead,
  apiPath,
  CommandContext,
  IfMatch,
  READ_ROLES,
  WriteAnswer,
} from '@app/access';
import { CaseLocator, type ExecuteResult, ReadModelSql } from '@app/event-store';
import { type CommandMetadata, fold, IdGenerator, NotFoundError } from '@app/kernel';
import type { MeetingCommand } from '../meeting/meeting.commands';
import { meetingDecider } from '../meeting/meeting.decider';
import type { MeetingEvent } from '../meeting/meeting.events';
import { meetingView } from '../meeting/meeting.view';
import { MeetingMessage } from '../nest/meeting.message';
import { listMeetings } from '../read-model/meeting-list.projection';
import { MEETING_CATEGORY } from '../shared/stream-ids';
import { AddAgendaItemDto } from './dto/add-agenda-item.dto';
import { ApproveMinutesDto } from './dto/approve-minutes.dto';
import { CallMeetingDto } from './dto/call-meeting.dto';
import { DecideAgendaItemDto } from './dto/decide-agenda-item.dto';
import { MeetingListItemResponse, MeetingResponse } from './dto/meeting.response';
import { MeetingPlanner } from './meeting-planner';
import type { WriteResult } from './write-result';

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('councils/:councilId/meetings')
export class MeetingsController {
  constructor(
    private readonly bus: CommandBus,
    private readonly cases: CaseLocator,
    private readonly sql: ReadModelSql,
    private readonly ids: IdGenerator,
    private readonly planner: MeetingPlanner,
  ) {}

  /** Seed 001: the chair calls an extraordinary meeting (the decider checks it is the chair in office). */
  @Post()
  @Allow('chair', 'secretary')
  @ApiCreate({
    summary: 'Call a meeting (the chair calls an extraordinary one)',
    type: WriteAnswer,
    location: ({ params }, answer) => apiPath('councils', params.councilId, 'meetings', answer.id),
  })
  call(
    @Param('councilId') councilId: string,
    @Body() dto: CallMeetingDto,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<WriteResult> {
    return this.planner.callMeeting(councilId, dto.id ?? this.ids.next(), dto, metadata);
  }

  @Get()
  @Allow(...READ_ROLES)
  @ApiRead({ summary: "The council's meetings in date order", type: [MeetingListItemResponse] })
  list(@Param('councilId') councilId: string) {
    return listMeetings(this.sql, councilId);
  }

  @Get(':meetingId')
  @Allow(...READ_ROLES)
  @ApiRead({ summary: 'One meeting with its agenda and minutes', type: MeetingResponse, etag: true })
  async get(@Param('councilId') councilId: string, @Param('meetingId') meetingId: string) {
    const history = await this.cases.read(MEETING_CATEGORY, councilId, meetingId);
    const state = fold(meetingDecider, history as unknown as MeetingEvent[]);
    if (!state.exists || state.councilId !== councilId)
      throw new NotFoundError(`meeting ${meetingId} not found`);
    return { ...meetingView(state, meetingId), revision: history.length - 1 };
  }

  @Post(':meetingId/agenda-items')
  @Allow('secretary')
  @ApiCreate({
    summary: "Add an item to the meeting's agenda",
    description: 'An item is read as part of its meeting, so `Location` names the meeting.',
    type: WriteAnswer,
    location: ({ params }) => apiPath('councils', params.councilId, 'meetings', params.meetingId),
  })
  async addItem(
    @Param('meetingId') meetingId: string,
    @Body() dto: AddAgendaItemDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<WriteResult> {
    const { id, refersTo, ...fields } = dto;
    const itemId = id ?? this.ids.next();
    const data = {
      itemId,
      ...fields,
      ...(refersTo && { refersTo: { kind: refersTo.kind, id: refersTo.id } }),
    };
    const result = await this.send(meetingId, { type: 'AddAgendaItem', data, metadata }, expectedRevision);
    return { id: itemId, revision: result.revision };
  }

  @Post(':meetingId/agenda-items/:itemId/decision')
  @Allow('secretary')
  @ApiAction({ summary: "Record the council's decision on an agenda item", type: WriteAnswer })
  async decide(
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
    @Body() dto: DecideAgendaItemDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<WriteResult> {
    const data = { itemId, decision: dto.decision, absent: dto.absent ?? [] };
    const result = await this.send(meetingId, { type: 'DecideAgendaItem', data, metadata }, expectedRevision);
    return { id: itemId, revision: result.revision };
  }

  @Post(':meetingId/minutes-approval')
  @Allow('secretary', 'chair')
  @ApiAction({ summary: "Approve the meeting's minutes", type: WriteAnswer })
  async approveMinutes(
    @Param('meetingId') meetingId: string,
    @Body() _dto: ApproveMinutesDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<WriteResult> {
    const result = await this.send(
      meetingId,
      { type: 'ApproveMinutes', data: {}, metadata },
      expectedRevision,
    );
    return { id: meetingId, revision: result.revision };
  }

  private async send(
    meetingId: string,
    command: MeetingCommand,
    expectedRevision?: number,
  ): Promise<ExecuteResult> {
    const streamId = await this.cases.streamOf(MEETING_CATEGORY, command.metadata.councilId, meetingId);
    return this.bus.execute(new MeetingMessage(streamId, command, { expectedRevision }));
  }
}

import {
  Body,
  Controller,
  Get,
  Headers,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  Allow,
  ApiAction,
  ApiCreate,
  ApiRead,
  apiPath,
  CommandContext,
  CurrentActor,
  type CurrentActorValue,
  IfMatch,
  READ_ROLES,
  WriteAnswer,
} from '@app/access';
import { AggregateWriter, CaseLocator, ReadModelSql, type SendAnswer } from '@app/event-store';
import { type CommandMetadata, IdGenerator, NotFoundError } from '@app/kernel';
import type { CancelMeeting, MeetingCommand, MoveMeeting } from '../meeting/meeting.commands';
import { meetingDescriptor } from '../meeting/meeting.descriptor';
import { meetingView } from '../meeting/meeting.view';
import { meetingForReader } from '../meeting/closed-items.rules';
import { actionPointsForReader } from './closed-items';
import { listMeetings } from '../read-model/meeting-list.projection';
import { listActionPoints } from '../read-model/action-point-list.projection';
import { AddAgendaItemDto } from './dto/add-agenda-item.dto';
import { ApproveMinutesDto } from './dto/approve-minutes.dto';
import { CallMeetingDto } from './dto/call-meeting.dto';
import { AddActionPointDto } from './dto/add-action-point.dto';
import { CancelMeetingDto } from './dto/cancel-meeting.dto';
import { CorrectMinutesDto } from './dto/correct-minutes.dto';
import { MoveMeetingDto } from './dto/move-meeting.dto';
import { PostponeAgendaItemDto } from './dto/postpone-agenda-item.dto';
import { ReorderAgendaDto } from './dto/reorder-agenda.dto';
import { RecordAttendanceDto } from './dto/record-attendance.dto';
import { DecideAgendaItemDto } from './dto/decide-agenda-item.dto';
import {
  MeetingDocumentResponse,
  MeetingListItemResponse,
  MeetingResponse,
  PostponementAnswer,
} from './dto/meeting.response';
import { CouncilDirectory } from '../directory/council-directory';
import { meetingMarkdown, type MeetingDocumentKind } from '../meeting/meeting.document';
import { DOCX_TYPE, meetingDocx } from '../meeting/meeting.docx';
import { AgendaCarrier } from './agenda-carrier';
import { MinutesApprover } from './minutes-approver';
import { CirculateMinutesDto } from './dto/circulate-minutes.dto';
import { CommentOnMinutesDto } from './dto/comment-on-minutes.dto';
import { MeetingDocumentQueryDto } from './dto/meeting-document-query.dto';
import { MeetingPlanner } from './meeting-planner';
import { JointMeetings } from './joint-meetings';

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('councils/:councilId/meetings')
export class MeetingsController {
  constructor(
    private readonly writer: AggregateWriter,
    private readonly cases: CaseLocator,
    private readonly sql: ReadModelSql,
    private readonly ids: IdGenerator,
    private readonly planner: MeetingPlanner,
    private readonly carrier: AgendaCarrier,
    private readonly approver: MinutesApprover,
    private readonly directory: CouncilDirectory,
    private readonly joint: JointMeetings,
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
  ): Promise<SendAnswer> {
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
  async get(
    @Param('councilId') councilId: string,
    @Param('meetingId') meetingId: string,
    @CurrentActor() reader: CurrentActorValue,
  ) {
    const { state, revision } = await this.cases.aggregateStream(meetingDescriptor, councilId, meetingId);
    if (!state.exists || state.councilId !== councilId)
      throw new NotFoundError(`meeting ${meetingId} not found`);
    const otherCouncils = await this.joint.otherCouncils(state);
    // Issue 17.3: a closed item's text is for the council; the rule is closed-items.rules.
    return { ...meetingForReader(meetingView(state, meetingId), reader), otherCouncils, revision };
  }

  /** Moved (start, end, place, online link), or dated when its date was to follow. */
  @Patch(':meetingId')
  @Allow('secretary')
  @ApiAction({
    summary: 'Move a meeting, or date one whose date was to follow',
    description:
      "Start, end, place and online link; only the fields sent change. A joint meeting is moved by the council that arranged it, on every council's copy (403 for the others).",
    type: WriteAnswer,
  })
  async move(
    @Param('councilId') councilId: string,
    @Param('meetingId') meetingId: string,
    @Body() dto: MoveMeetingDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<SendAnswer> {
    const command: MoveMeeting = { type: 'MoveMeeting', data: { ...dto }, metadata };
    const result = await this.send(meetingId, command, expectedRevision);
    const copies = await this.joint.propagate(councilId, meetingId, command);
    // Dated or moved, it may now be the next meeting for items postponed when there was none.
    const carried = await this.carrier.carryPending(councilId, meetingId, metadata);
    for (const copyOf of copies) await this.carrier.carryPending(copyOf, meetingId, metadata);
    return { ...result, revision: carried ?? result.revision };
  }

  /** Kept in the history and marked cancelled; its reminders are removed. */
  @Post(':meetingId/cancellation')
  @Allow('secretary')
  @ApiAction({
    summary: 'Cancel a meeting, with a reason; it stays in the history',
    description:
      "A joint meeting is cancelled by the council that arranged it, on every council's copy (403 for the others).",
    type: WriteAnswer,
  })
  async cancel(
    @Param('councilId') councilId: string,
    @Param('meetingId') meetingId: string,
    @Body() dto: CancelMeetingDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<SendAnswer> {
    const command: CancelMeeting = { type: 'CancelMeeting', data: { reason: dto.reason }, metadata };
    const result = await this.send(meetingId, command, expectedRevision);
    await this.joint.propagate(councilId, meetingId, command);
    return result;
  }

  /** The minutes' header: members present, absent with or without notice (afbud), and guests. */
  @Put(':meetingId/attendance')
  @Allow('secretary')
  @ApiAction({
    summary: "Record the meeting's attendance",
    description:
      'Present, absent with or without notice (afbud), and guests; each recording replaces the last.',
    type: WriteAnswer,
  })
  async recordAttendance(
    @Param('meetingId') meetingId: string,
    @Body() dto: RecordAttendanceDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<SendAnswer> {
    const data = {
      present: dto.present,
      absent: dto.absent.map((a) => ({ personId: a.personId, notice: a.notice })),
      guests: dto.guests.map((g) => ({ ...g })),
    };
    return this.send(meetingId, { type: 'RecordAttendance', data, metadata }, expectedRevision);
  }

  /** The agenda as the region writes it: Markdown (`?format=md` or `Accept: text/markdown`) or JSON. */
  @Get(':meetingId/agenda')
  @Allow(...READ_ROLES)
  @ApiProduces('application/json', 'text/markdown', DOCX_TYPE)
  @ApiRead({
    summary: "The meeting's agenda as a document",
    description:
      'JSON, Markdown (`?format=md` or `Accept: text/markdown`) or Word (`?format=docx` or the DOCX media type in `Accept`).',
    type: MeetingDocumentResponse,
  })
  agenda(
    @Param('councilId') councilId: string,
    @Param('meetingId') meetingId: string,
    @Query() query: MeetingDocumentQueryDto,
    @Headers('accept') accept: string | undefined,
    @CurrentActor() reader: CurrentActorValue,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): void },
  ) {
    return this.document(councilId, meetingId, 'agenda', query, accept, reader, response);
  }

  /** The minutes (a draft until approved), in the same layout with decisions and the absent. */
  @Get(':meetingId/minutes')
  @Allow(...READ_ROLES)
  @ApiProduces('application/json', 'text/markdown', DOCX_TYPE)
  @ApiRead({
    summary: "The meeting's minutes as a document (a draft until approved)",
    description:
      'JSON, Markdown (`?format=md` or `Accept: text/markdown`) or Word (`?format=docx` or the DOCX media type in `Accept`).',
    type: MeetingDocumentResponse,
  })
  minutes(
    @Param('councilId') councilId: string,
    @Param('meetingId') meetingId: string,
    @Query() query: MeetingDocumentQueryDto,
    @Headers('accept') accept: string | undefined,
    @CurrentActor() reader: CurrentActorValue,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): void },
  ) {
    return this.document(councilId, meetingId, 'minutes', query, accept, reader, response);
  }

  private async document(
    councilId: string,
    meetingId: string,
    kind: MeetingDocumentKind,
    query: MeetingDocumentQueryDto,
    accept: string | undefined,
    reader: CurrentActorValue,
    response: { setHeader(name: string, value: string): void },
  ) {
    const view = await this.get(councilId, meetingId, reader);
    const council = await this.directory.get(councilId);
    const openActionPoints =
      kind === 'agenda'
        ? await actionPointsForReader(this.cases, councilId, await this.openBefore(councilId, view), reader)
        : [];
    const format = query.format ?? formatAccepted(accept);
    if (format === 'json')
      return { document: kind, council: { id: councilId, name: council.name }, ...view, openActionPoints };
    const names = new Map<string, string>([
      ...council.members.map((m): [string, string] => [m.personId, m.name]),
      ...council.secretaries.map((s): [string, string] => [s.personId, s.name ?? s.personId]),
    ]);
    const markdown = meetingMarkdown(view, kind, {
      councilName: council.name,
      timeZone: council.timeZone,
      names,
      openActionPoints,
      filesPath: apiPath('councils', councilId, 'meetings', meetingId, 'agenda-items'),
      otherCouncils: view.otherCouncils,
    });
    if (format === 'md') {
      response.setHeader('Content-Type', 'text/markdown; charset=utf-8');
      return markdown;
    }
    const title = `${kind === 'agenda' ? 'Dagsorden' : 'Referat'} ${council.name}`;
    const file = await meetingDocx(markdown, { title, creator: council.name });
    return new StreamableFile(file, {
      type: DOCX_TYPE,
      disposition: `attachment; filename="${kind === 'agenda' ? 'dagsorden' : 'referat'}-${meetingId}.docx"`,
    });
  }

  /**
   * Listed on the next meeting's agenda until done: the council's open action points from its
   * meetings before this one (all other meetings' while this one's date is to follow).
   */
  private async openBefore(councilId: string, view: { id: string; startsAt: string | null }) {
    const [points, meetings] = await Promise.all([
      listActionPoints(this.sql, councilId, 'open'),
      listMeetings(this.sql, councilId),
    ]);
    const startOf = new Map(meetings.map((m) => [m.id, m.startsAt]));
    return points.filter((p) => {
      const from = startOf.get(p.meetingId);
      if (p.meetingId === view.id || !from) return false;
      return view.startsAt === null || Date.parse(from) < Date.parse(view.startsAt);
    });
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
  ): Promise<SendAnswer> {
    const { id, refersTo, presenters, attachments, ...fields } = dto;
    const itemId = id ?? this.ids.next();
    const data = {
      itemId,
      ...fields,
      ...(presenters && { presenters: presenters.map((p) => ({ ...p })) }),
      ...(attachments && { attachments: attachments.map((a) => ({ ...a })) }),
      ...(refersTo && { refersTo: { kind: refersTo.kind, id: refersTo.id } }),
    };
    const result = await this.send(meetingId, { type: 'AddAgendaItem', data, metadata }, expectedRevision);
    return { id: itemId, revision: result.revision };
  }

  /** The agenda in a new order, every item once, until the meeting begins. */
  @Put(':meetingId/agenda-order')
  @Allow('secretary')
  @ApiAction({ summary: 'Put the agenda in a new order, every item once', type: WriteAnswer })
  async reorder(
    @Param('meetingId') meetingId: string,
    @Body() dto: ReorderAgendaDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<SendAnswer> {
    const data = { itemIds: dto.itemIds };
    return this.send(meetingId, { type: 'ReorderAgenda', data, metadata }, expectedRevision);
  }

  /** On an item approving the previous minutes, the decision approves them (409 naming an item there not dealt with). */
  @Post(':meetingId/agenda-items/:itemId/decision')
  @Allow('secretary')
  @ApiAction({
    summary: "Record the council's decision on an agenda item",
    description:
      'On an item of kind previous-minutes-approval the decision also approves the minutes of the meeting it names (`minutesOf`) or of the meeting before.',
    type: WriteAnswer,
  })
  async decide(
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
    @Body() dto: DecideAgendaItemDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<SendAnswer> {
    const data = { itemId, decision: dto.decision, absent: dto.absent ?? [] };
    const result = await this.approver.decide(meetingId, data, metadata, expectedRevision);
    return { id: itemId, revision: result.revision };
  }

  /** Udsat with a reason; the item goes onto the council's next meeting by itself. */
  @Post(':meetingId/agenda-items/:itemId/postponement')
  @Allow('secretary')
  @ApiAction({
    summary: 'Postpone (udsætte) an agenda item, with a reason',
    description: "The item is carried onto the council's next meeting; `carriedTo` names it.",
    type: PostponementAnswer,
  })
  postpone(
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
    @Body() dto: PostponeAgendaItemDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ) {
    return this.carrier.postpone(meetingId, itemId, dto.reason, metadata, expectedRevision);
  }

  /** What is to be done after the item, by whom (a member, a secretary or a named person from the region) and by when. */
  @Post(':meetingId/agenda-items/:itemId/action-points')
  @Allow('secretary')
  @ApiCreate({
    summary: 'Add an action point to an agenda item',
    description: 'An action point is read as part of its meeting, so `Location` names the meeting.',
    type: WriteAnswer,
    location: ({ params }) => apiPath('councils', params.councilId, 'meetings', params.meetingId),
  })
  async addActionPoint(
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
    @Body() dto: AddActionPointDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<SendAnswer> {
    const actionPointId = dto.id ?? this.ids.next();
    const data = {
      actionPointId,
      itemId,
      text: dto.text,
      ...(dto.owner !== undefined && { owner: dto.owner }),
      ...(dto.ownerName !== undefined && { ownerName: dto.ownerName }),
      ...(dto.ownerOrganisation !== undefined && { ownerOrganisation: dto.ownerOrganisation }),
      ...(dto.dueAt !== undefined && { dueAt: dto.dueAt }),
      ...(dto.refersTo && { refersTo: { kind: dto.refersTo.kind, id: dto.refersTo.id } }),
    };
    const result = await this.send(meetingId, { type: 'AddActionPoint', data, metadata }, expectedRevision);
    return { id: actionPointId, revision: result.revision };
  }

  /** Approved minutes are frozen; a decision in them is corrected by its own event, with a reason. */
  @Post(':meetingId/minutes-corrections')
  @Allow('secretary')
  @ApiAction({ summary: 'Correct a decision in approved minutes, with a reason', type: WriteAnswer })
  async correctMinutes(
    @Param('meetingId') meetingId: string,
    @Body() dto: CorrectMinutesDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<SendAnswer> {
    const data = { itemId: dto.itemId, decision: dto.decision, reason: dto.reason };
    return this.send(meetingId, { type: 'CorrectMinutes', data, metadata }, expectedRevision);
  }

  /** The draft goes to the members with a deadline for comments; they are reminded before it. */
  @Post(':meetingId/minutes-circulation')
  @Allow('secretary')
  @ApiAction({
    summary: 'Circulate the draft minutes to the members, with a deadline for comments',
    description:
      'Every item must be dealt with (409 naming those that are not); the minutes are approved after the deadline.',
    type: WriteAnswer,
  })
  async circulateMinutes(
    @Param('meetingId') meetingId: string,
    @Body() dto: CirculateMinutesDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<SendAnswer> {
    const data = { commentsBy: dto.commentsBy };
    return this.send(meetingId, { type: 'CirculateMinutes', data, metadata }, expectedRevision);
  }

  /** A member's comment on the circulated draft, on one item or the whole; kept with the minutes. */
  @Post(':meetingId/minutes-comments')
  @Allow('member', 'chair', 'secretary')
  @ApiCreate({
    summary: 'Comment on the circulated draft minutes',
    description: 'A comment is read as part of its meeting, so `Location` names the meeting.',
    type: WriteAnswer,
    location: ({ params }) => apiPath('councils', params.councilId, 'meetings', params.meetingId),
  })
  async commentOnMinutes(
    @Param('meetingId') meetingId: string,
    @Body() dto: CommentOnMinutesDto,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<SendAnswer> {
    const commentId = dto.id ?? this.ids.next();
    const data = { commentId, text: dto.text, ...(dto.itemId !== undefined && { itemId: dto.itemId }) };
    const result = await this.send(meetingId, { type: 'CommentOnMinutes', data, metadata });
    return { id: commentId, revision: result.revision };
  }

  /** Issue 17: the chair in office approves, or a secretary records the next meeting's approval. */
  @Post(':meetingId/minutes-approval')
  @Allow('secretary', 'chair')
  @ApiAction({
    summary: "Approve the meeting's minutes",
    description:
      'The chair in office approves them (a chair token of anyone else is 403). A secretary records that a later, held meeting of the council approved them by naming it in `byMeeting` (404 unknown, 409 not held or cancelled, 400 not after this one); without it she is refused (403).',
    type: WriteAnswer,
  })
  async approveMinutes(
    @Param('meetingId') meetingId: string,
    @Body() dto: ApproveMinutesDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<SendAnswer> {
    const byMeeting = dto.byMeeting && {
      meetingId: dto.byMeeting.meetingId,
      ...(dto.byMeeting.itemId !== undefined && { itemId: dto.byMeeting.itemId }),
    };
    const data = { ...(byMeeting && { byMeeting }) };
    return this.send(meetingId, { type: 'ApproveMinutes', data, metadata }, expectedRevision);
  }

  private async send(
    meetingId: string,
    command: MeetingCommand,
    expectedRevision?: number,
  ): Promise<SendAnswer> {
    return this.writer.send(meetingDescriptor, meetingId, command, { expectedRevision });
  }
}

/** The format `Accept` asks for when no `?format` is given: JSON unless it names Markdown or DOCX. */
function formatAccepted(accept: string | undefined): 'json' | 'md' | 'docx' {
  if (accept?.includes(DOCX_TYPE)) return 'docx';
  return /text\/markdown/i.test(accept ?? '') ? 'md' : 'json';
}

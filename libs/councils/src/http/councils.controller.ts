import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  Allow,
  ApiAction,
  ApiCreate,
  ApiRead,
  apiPath,
  CommandContext,
  IfMatch,
  READ_ROLES,
  withoutOccurredAt,
  WriteAnswer,
} from '@app/access';
import { AggregateWriter, ReadModelSql, type SendAnswer } from '@app/event-store';
import {
  Clock,
  type CommandMetadata,
  IdGenerator,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
  startOfLocalDay,
} from '@app/kernel';
import type { CouncilCommand } from '../council/council.commands';
import { councilDescriptor } from '../council/council.descriptor';
import { councilView, meetingPlansView } from '../council/council.view';
import { CouncilDirectory } from '../directory/council-directory';
import { COUNCIL_RECORD_WRITERS } from './council-roles';
import { listCouncilIds } from '../read-model/council-list.projection';
import { AdoptMeetingPlanDto } from './dto/adopt-meeting-plan.dto';
import { AppointMemberDto } from './dto/appoint-member.dto';
import { AssignSecretaryDto } from './dto/assign-secretary.dto';
import { ContinueCouncilDto } from './dto/continue-council.dto';
import {
  AdoptPlanAnswer,
  AppointAnswer,
  ChairElectedAnswer,
  CouncilListItemResponse,
  CouncilMemberResponse,
  CouncilResponse,
  MeetingPlanResponse,
  MeetingRequestAnswer,
} from './dto/council.response';
import { CouncilTermsDto, CreateCouncilDto } from './dto/create-council.dto';
import { ElectChairDto } from './dto/elect-chair.dto';
import { EndCouncilDto } from './dto/end-council.dto';
import { SetSeatsDto } from './dto/set-seats.dto';
import { RequestExtraordinaryMeetingDto } from './dto/request-extraordinary-meeting.dto';
import { ResignMemberDto } from './dto/resign-member.dto';
import { SetTermDto } from './dto/set-term.dto';
import { MeetingPlanner } from './meeting-planner';

const CHAIR_ADVICE = {
  'region-seat':
    'Seed 000: the chair should not be elected among the members employed by the region; this seat is the region’s own',
};

/**
 * The council, its members and its meeting plans are read by folding the council's own stream:
 * one small stream, so the answer is always consistent with the last write and needs no
 * projection. The meetings list spans streams and is the `councils_meeting_list` read model.
 */
@ApiTags('councils')
@ApiBearerAuth()
@Controller('councils')
export class CouncilsController {
  constructor(
    private readonly writer: AggregateWriter,
    private readonly directory: CouncilDirectory,
    private readonly planner: MeetingPlanner,
    private readonly sql: ReadModelSql,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  /** Issue 15 item 8: the admin sees every council (a council's own roles read only their own). */
  @Get()
  @Allow('admin')
  @ApiRead({ summary: 'Every council, oldest first (admin)', type: [CouncilListItemResponse] })
  async list(): Promise<CouncilListItemResponse[]> {
    const ids = await listCouncilIds(this.sql);
    const councils = await Promise.all(ids.map((id) => this.directory.load(id)));
    return councils.map(({ state, revision }, i) => {
      const view = councilView(state, ids[i]);
      const { id, name, timeZone } = view;
      return { id, name, timeZone, members: view.members.length, chair: view.chair?.name ?? null, revision };
    });
  }

  @Post()
  @Allow('admin')
  @ApiCreate({
    summary: 'Create a council (admin)',
    type: WriteAnswer,
    location: (_, answer) => apiPath('councils', answer.id),
  })
  async create(@Body() dto: CreateCouncilDto, @CommandContext() ctx: CommandMetadata): Promise<SendAnswer> {
    // The admin's token names no council; the new council's events still belong to it.
    const metadata = { ...ctx, councilId: dto.id };
    const data = {
      councilId: dto.id,
      name: dto.name,
      timeZone: dto.timeZone,
      reminderOffsets: dto.reminderOffsets,
      ordinaryMeetingsPerYear: dto.ordinaryMeetingsPerYear,
      requestsLapseAfter: dto.requestsLapseAfter,
      ...(dto.succeeds && { succeeds: dto.succeeds }),
      ...(dto.succeedsFrom && { succeedsFrom: dto.succeedsFrom }),
    };
    if (dto.succeeds) await this.requirePredecessors(dto.id, dto.succeeds);
    const result = await this.send(dto.id, { type: 'CreateCouncil', data, metadata });
    // Issue 18.3: each predecessor records its successor; a retry after a failure here completes it.
    for (const predecessor of dto.succeeds ?? []) {
      const from = dto.succeedsFrom ?? '';
      const command = {
        type: 'RecordSuccession' as const,
        data: { successorId: dto.id, from },
        metadata: { ...ctx, councilId: predecessor },
      };
      await this.send(predecessor, command);
    }
    return { id: dto.id, revision: result.revision };
  }

  /** The councils named must exist and not be succeeded by another already (checked before creating). */
  private async requirePredecessors(successorId: string, ids: string[]): Promise<void> {
    for (const [i, id] of ids.entries()) {
      const state = await this.directory.load(id).then(
        (loaded) => loaded.state,
        (error: unknown) => {
          if (error instanceof NotFoundError)
            throw new InvalidInputError(`council ${id} does not exist`, `succeeds.${i}`);
          throw error;
        },
      );
      const by = state.succeededBy;
      if (by && by.successorId !== successorId)
        throw new InvalidStateError(`council ${id} was already succeeded by council ${by.successorId}`);
    }
  }

  @Get(':councilId')
  @Allow(...READ_ROLES)
  @ApiRead({ summary: 'The council: members, chair, secretaries', type: CouncilResponse, etag: true })
  async get(@Param('councilId') councilId: string) {
    const { state, revision } = await this.directory.load(councilId);
    return { ...councilView(state, councilId, this.clock.now().toISOString()), revision };
  }

  @Get(':councilId/members')
  @Allow(...READ_ROLES)
  @ApiRead({ summary: "The council's current members", type: [CouncilMemberResponse] })
  async members(@Param('councilId') councilId: string) {
    return councilView((await this.directory.load(councilId)).state, councilId).members;
  }

  /**
   * `replaces`: seed 001 gives each organisation one seat, so an appointment for a seat that is
   * held unseats its holder; the answer says whom, so the secretary sees it happened.
   */
  @Post(':councilId/members')
  @Allow(...COUNCIL_RECORD_WRITERS)
  @ApiCreate({
    summary: "Appoint a member to an organisation's seat",
    description: 'One seat per organisation: appointing to a held seat unseats its holder (`replaces`).',
    type: AppointAnswer,
    location: ({ params }) => apiPath('councils', params.councilId, 'members'),
  })
  async appoint(
    @Param('councilId') councilId: string,
    @Body() dto: AppointMemberDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<SendAnswer & { replaces?: { personId: string; name: string } }> {
    const { id: appointmentId, ...member } = withoutOccurredAt(dto);
    const newPersonId = dto.personId === undefined ? this.ids.next() : undefined;
    const data = { ...member, ...(appointmentId && { appointmentId }), ...(newPersonId && { newPersonId }) };
    const result = await this.writer.execute(
      councilDescriptor,
      councilId,
      { type: 'AppointMember', data, metadata },
      { expectedRevision },
    );
    const appointed = result.events.find((e) => e.type === 'MemberAppointed');
    const replaces = appointed?.data.replaces;
    // A repeat records nothing: the person's id is then the one the record already holds.
    const id =
      appointed?.data.personId ??
      dto.personId ??
      (await this.directory.get(councilId)).members.find((m) => m.email === dto.email)?.personId;
    return { id: id ?? '', revision: result.revision, ...(replaces && { replaces }) };
  }

  @Delete(':councilId/members/:personId')
  @Allow(...COUNCIL_RECORD_WRITERS)
  @ApiAction({ summary: 'A member resigns their seat', type: WriteAnswer })
  async resign(
    @Param('councilId') councilId: string,
    @Param('personId') personId: string,
    @Body() _dto: ResignMemberDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<SendAnswer> {
    const result = await this.send(
      councilId,
      { type: 'ResignMember', data: { personId }, metadata },
      expectedRevision,
    );
    return { id: personId, revision: result.revision };
  }

  @Post(':councilId/chair')
  @Allow(...COUNCIL_RECORD_WRITERS)
  @ApiAction({
    summary: 'Record the election of a member as chair',
    description:
      "Seed 000: the chair should not be one of the members employed by the region; electing one whose seat is the region's own is recorded with `advice`, not refused.",
    type: ChairElectedAnswer,
  })
  async electChair(
    @Param('councilId') councilId: string,
    @Body() dto: ElectChairDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<SendAnswer & { advice?: string }> {
    const data = { personId: dto.personId, ...(dto.id && { electionId: dto.id }) };
    const command = { type: 'ElectChair' as const, data, metadata };
    const result = await this.writer.execute(councilDescriptor, councilId, command, { expectedRevision });
    const elected = result.events.find((e) => e.type === 'ChairElected');
    const advice = elected?.data.advice && CHAIR_ADVICE[elected.data.advice];
    return { id: dto.personId, revision: result.revision, ...(advice && { advice }) };
  }

  /** Issue 18.2: the seats by organisation and their type; a seat nobody holds shows as a vacancy. */
  @Put(':councilId/seats')
  @Allow(...COUNCIL_RECORD_WRITERS)
  @ApiAction({
    summary: "Set the council's seats by organisation and type (the list replaces the last)",
    type: WriteAnswer,
  })
  async setSeats(
    @Param('councilId') councilId: string,
    @Body() dto: SetSeatsDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<SendAnswer> {
    const seats = dto.seats.map((seat) => ({ organisation: seat.organisation, type: seat.type }));
    return this.send(councilId, { type: 'SetSeats', data: { seats }, metadata }, expectedRevision);
  }

  /** Issue 18.2: the region ends the council; dated the day it was decided, in the council's zone. */
  @Post(':councilId/end')
  @Allow(...COUNCIL_RECORD_WRITERS)
  @ApiAction({ summary: 'Record that the region ends the council', type: WriteAnswer })
  async endCouncil(
    @Param('councilId') councilId: string,
    @Body() dto: EndCouncilDto,
    @CommandContext() context: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<SendAnswer> {
    const { timeZone } = await this.directory.get(councilId);
    const occurredAt = startOfLocalDay(dto.decidedOn, timeZone).toISOString();
    const data = { decidedBy: dto.decidedBy, decidedOn: dto.decidedOn, endsOn: dto.endsOn };
    const command = { type: 'EndCouncil' as const, data, metadata: { ...context, occurredAt } };
    return this.send(councilId, command, expectedRevision);
  }

  /** Seed 000: the chair steps down as chair and stays a member (resigning is `DELETE …/members/:id`). */
  @Delete(':councilId/chair')
  @Allow(...COUNCIL_RECORD_WRITERS)
  @ApiAction({ summary: 'The chair steps down as chair and stays a member', type: WriteAnswer })
  async stepDownAsChair(
    @Param('councilId') councilId: string,
    @Body() _dto: ResignMemberDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<SendAnswer> {
    const command = { type: 'StepDownAsChair' as const, data: {}, metadata };
    return this.send(councilId, command, expectedRevision);
  }

  /** Seed 001: the term; a later one replaces it. The report covers it when asked for no period. */
  @Put(':councilId/term')
  @Allow(...COUNCIL_RECORD_WRITERS)
  @ApiAction({ summary: "Set the council's term (a later one replaces it)", type: WriteAnswer })
  async setTerm(
    @Param('councilId') councilId: string,
    @Body() dto: SetTermDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<SendAnswer> {
    const data = {
      startsOn: dto.startsOn,
      endsOn: dto.endsOn,
      ...(dto.evaluationDueBy !== undefined && { evaluationDueBy: dto.evaluationDueBy }),
    };
    return this.send(councilId, { type: 'SetTerm', data, metadata }, expectedRevision);
  }

  /** Seed 003: the region continues the council; dated the day it was decided, in the council's zone. */
  @Post(':councilId/continuation')
  @Allow(...COUNCIL_RECORD_WRITERS)
  @ApiAction({ summary: 'Record that the region continues the council', type: WriteAnswer })
  async continueCouncil(
    @Param('councilId') councilId: string,
    @Body() dto: ContinueCouncilDto,
    @CommandContext() context: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<SendAnswer> {
    const { timeZone } = await this.directory.get(councilId);
    const occurredAt = startOfLocalDay(dto.decidedOn, timeZone).toISOString();
    const data = { decidedBy: dto.decidedBy, decidedOn: dto.decidedOn, until: dto.until };
    const command = { type: 'ContinueCouncil' as const, data, metadata: { ...context, occurredAt } };
    return this.send(councilId, command, expectedRevision);
  }

  @Post(':councilId/secretaries')
  @Allow(...COUNCIL_RECORD_WRITERS)
  @ApiCreate({
    summary: 'Assign a secretary to the council',
    type: WriteAnswer,
    location: ({ params }) => apiPath('councils', params.councilId),
  })
  async assignSecretary(
    @Param('councilId') councilId: string,
    @Body() dto: AssignSecretaryDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<SendAnswer> {
    const result = await this.send(
      councilId,
      { type: 'AssignSecretary', data: { ...dto }, metadata },
      expectedRevision,
    );
    return { id: dto.personId, revision: result.revision };
  }

  /** Every adopted yearly plan, or the one of `?year=`. */
  @Get(':councilId/meeting-plan')
  @Allow(...READ_ROLES)
  @ApiRead({ summary: 'The adopted yearly meeting plans, or the one of ?year=', type: [MeetingPlanResponse] })
  @ApiQuery({ name: 'year', required: false, type: Number })
  async meetingPlan(@Param('councilId') councilId: string, @Query('year') year?: string) {
    if (year !== undefined && !/^\d{4}$/.test(year))
      throw new InvalidInputError('year must be a year', 'year');
    const plans = meetingPlansView((await this.directory.load(councilId)).state);
    return year === undefined ? plans : plans.filter((plan) => plan.year === Number(year));
  }

  @Post(':councilId/meeting-plan')
  @Allow(...COUNCIL_RECORD_WRITERS)
  @ApiCreate({
    summary: "Adopt a year's meeting plan, scheduling its ordinary meetings",
    type: AdoptPlanAnswer,
    location: ({ params, body }) =>
      `${apiPath('councils', params.councilId, 'meeting-plan')}?year=${String(body.year)}`,
  })
  adoptPlan(
    @Param('councilId') councilId: string,
    @Body() dto: AdoptMeetingPlanDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<SendAnswer & { meetings: string[]; fallsShortBy: number }> {
    return this.planner.adoptPlan(councilId, dto, metadata, expectedRevision);
  }

  /** The settings the council's own terms of reference fix (seed 001's are the defaults). */
  @Put(':councilId/terms')
  @Allow(...COUNCIL_RECORD_WRITERS)
  @ApiAction({ summary: "Set the settings the council's terms of reference fix", type: WriteAnswer })
  async setTerms(
    @Param('councilId') councilId: string,
    @Body() dto: CouncilTermsDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<SendAnswer> {
    return this.send(councilId, { type: 'SetCouncilTerms', data: { ...dto }, metadata }, expectedRevision);
  }

  @Delete(':councilId/extraordinary-meeting-requests/mine')
  @Allow('member', 'chair')
  @ApiAction({ summary: 'Withdraw my request for an extraordinary meeting', type: WriteAnswer })
  async withdrawRequest(
    @Param('councilId') councilId: string,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<SendAnswer> {
    const command = { type: 'WithdrawExtraordinaryMeetingRequest' as const, data: {}, metadata };
    return this.send(councilId, command);
  }

  @Post(':councilId/extraordinary-meeting-requests')
  @Allow('member', 'chair')
  @ApiAction({
    summary: 'Ask for an extraordinary meeting',
    description: "Three different members' requests make one required (seed 001).",
    type: MeetingRequestAnswer,
  })
  async requestMeeting(
    @Param('councilId') councilId: string,
    @Body() dto: RequestExtraordinaryMeetingDto,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<SendAnswer & { required: boolean }> {
    const command = { type: 'RequestExtraordinaryMeeting' as const, data: { reason: dto.reason }, metadata };
    const result = await this.send(councilId, command);
    const { state } = await this.directory.load(councilId);
    return { id: councilId, revision: result.revision, required: state.extraordinaryMeetingRequired };
  }

  private send(councilId: string, command: CouncilCommand, expectedRevision?: number): Promise<SendAnswer> {
    return this.writer.send(councilDescriptor, councilId, command, { expectedRevision });
  }
}

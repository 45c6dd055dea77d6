import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
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
  WriteAnswer as WriteAnswerResponse,
} from '@app/access';
import { AggregateWriter, CaseLocator, ReadModelSql, type SendAnswer } from '@app/event-store';
import { IdGenerator, NotFoundError, requireOwnCouncil, type CommandMetadata } from '@app/kernel';
import type { HearingCommand } from '../domain/hearing.commands';
import { hearingDescriptor } from '../domain/hearing.descriptor';
import { hearingView } from '../domain/hearing.view';
import { listHearings } from '../read-model/hearing-list.projection';
import { AnswerApprovalDto } from './dto/answer-approval.dto';
import { DeclineHearingDto } from './dto/decline-hearing.dto';
import { DraftResponseDto } from './dto/draft-response.dto';
import { ExtendDeadlineDto } from './dto/extend-deadline.dto';
import { HearingListItemResponse, HearingResponse } from './dto/hearing.response';
import { InviteMembersDto } from './dto/invite-members.dto';
import { ListHearingsQuery } from './dto/list-hearings.query';
import { OpenHearingDto } from './dto/open-hearing.dto';
import { RequestApprovalDto } from './dto/request-approval.dto';
import { SubmitInputDto } from './dto/submit-input.dto';
import { SubmitResponseDto } from './dto/submit-response.dto';
import { TextDto } from './dto/text.dto';

/**
 * Issue 4's endpoints. Roles are checked twice on purpose: `@Allow` turns a wrong role away at
 * the door (403), the decider holds the finer rules (a member's own input, the chair's sign-off).
 */
@ApiTags('hearings')
@ApiBearerAuth()
@Controller('councils/:councilId/hearings')
export class HearingsController {
  constructor(
    private readonly writer: AggregateWriter,
    private readonly cases: CaseLocator,
    private readonly readModels: ReadModelSql,
    private readonly ids: IdGenerator,
  ) {}

  @Post()
  @ApiCreate({
    summary: 'Open a hearing: a consultation the council is asked to answer',
    type: WriteAnswerResponse,
    location: ({ params }, answer) => apiPath('councils', params.councilId, 'hearings', answer.id),
  })
  @Allow('secretary')
  async open(
    @Body() dto: OpenHearingDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ): Promise<SendAnswer> {
    const { id: given, ...data } = dto;
    const id = given ?? this.ids.next();
    return this.send(
      id,
      { type: 'OpenHearing', data: { hearingId: id, ...data }, metadata },
      expectedRevision,
    );
  }

  @Get()
  @ApiRead({ summary: "The council's hearings, by ?status=", type: [HearingListItemResponse] })
  @Allow(...READ_ROLES)
  list(@Param('councilId') councilId: string, @Query() query: ListHearingsQuery) {
    return listHearings(this.readModels, councilId, query.status);
  }

  @Get(':hearingId')
  @ApiRead({
    summary: 'One hearing: inputs, drafts, approval, sign-off, submission',
    type: HearingResponse,
    etag: true,
  })
  @Allow(...READ_ROLES)
  async get(@Param('councilId') councilId: string, @Param('hearingId') hearingId: string) {
    const { state, revision } = await this.cases.aggregateStream(hearingDescriptor, councilId, hearingId);
    if (!state.exists) throw new NotFoundError(`hearing ${hearingId} not found`);
    requireOwnCouncil(state.councilId, councilId, `hearing ${hearingId} not found`);
    return { ...hearingView(state, hearingId), revision };
  }

  @Post(':hearingId/inputs')
  @ApiAction({
    summary: 'Give input to the hearing (a secretary may record it for a member)',
    type: WriteAnswerResponse,
  })
  @Allow('secretary', 'chair', 'member')
  submitInput(
    @Param('hearingId') id: string,
    @Body() dto: SubmitInputDto,
    @CommandContext() context: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ) {
    const { occurredAt, ...data } = dto;
    const metadata = occurredAt === undefined ? context : { ...context, occurredAt };
    return this.send(id, { type: 'SubmitHearingInput', data, metadata }, expectedRevision);
  }

  @Put(':hearingId/inputs/mine')
  @ApiAction({ summary: "Revise the caller's own input", type: WriteAnswerResponse })
  @Allow('chair', 'member')
  reviseInput(
    @Param('hearingId') id: string,
    @Body() dto: TextDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ) {
    return this.send(
      id,
      { type: 'ReviseHearingInput', data: { text: dto.text }, metadata },
      expectedRevision,
    );
  }

  @Delete(':hearingId/inputs/mine')
  @ApiAction({ summary: "Withdraw the caller's own input", type: WriteAnswerResponse })
  @Allow('chair', 'member')
  withdrawInput(
    @Param('hearingId') id: string,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ) {
    return this.send(id, { type: 'WithdrawHearingInput', data: {}, metadata }, expectedRevision);
  }

  @Post(':hearingId/drafts')
  @ApiAction({ summary: 'Write the next version of the draft response', type: WriteAnswerResponse })
  @Allow('secretary')
  draft(
    @Param('hearingId') id: string,
    @Body() dto: DraftResponseDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ) {
    return this.send(id, { type: 'DraftHearingResponse', data: { ...dto }, metadata }, expectedRevision);
  }

  @Post(':hearingId/approval-request')
  @ApiAction({
    summary: 'Ask the members to approve the current draft by a deadline',
    type: WriteAnswerResponse,
  })
  @Allow('secretary')
  requestApproval(
    @Param('hearingId') id: string,
    @Body() dto: RequestApprovalDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ) {
    return this.send(id, { type: 'RequestHearingApproval', data: { ...dto }, metadata }, expectedRevision);
  }

  /** The secretary records an answer that came by mail, by phone or at a meeting (seed 000). */
  @Post(':hearingId/approvals')
  @ApiAction({ summary: 'Approve or object to the draft under approval', type: WriteAnswerResponse })
  @Allow('secretary', 'chair', 'member')
  answer(
    @Param('hearingId') id: string,
    @Body() dto: AnswerApprovalDto,
    @CommandContext() context: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ) {
    const { occurredAt, ...data } = dto;
    const metadata = occurredAt === undefined ? context : { ...context, occurredAt };
    return this.send(id, { type: 'AnswerHearingApproval', data, metadata }, expectedRevision);
  }

  @Post(':hearingId/sign-off')
  @ApiAction({ summary: 'The chair signs off the approved draft', type: WriteAnswerResponse })
  @Allow('chair')
  signOff(
    @Param('hearingId') id: string,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ) {
    return this.send(id, { type: 'SignOffHearingResponse', data: {}, metadata }, expectedRevision);
  }

  @Post(':hearingId/submission')
  @ApiAction({ summary: 'Submit the signed-off response to the issuing body', type: WriteAnswerResponse })
  @Allow('secretary')
  submit(
    @Param('hearingId') id: string,
    @Body() dto: SubmitResponseDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ) {
    return this.send(id, { type: 'SubmitHearingResponse', data: { ...dto }, metadata }, expectedRevision);
  }

  @Post(':hearingId/declination')
  @ApiAction({ summary: 'Decline to answer the hearing, with a reason', type: WriteAnswerResponse })
  @Allow('secretary')
  decline(
    @Param('hearingId') id: string,
    @Body() dto: DeclineHearingDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ) {
    return this.send(id, { type: 'DeclineHearing', data: { ...dto }, metadata }, expectedRevision);
  }

  @Post(':hearingId/deadline-extension')
  @ApiAction({
    summary: 'Record a later response deadline the issuing body granted',
    type: WriteAnswerResponse,
  })
  @Allow('secretary')
  extend(
    @Param('hearingId') id: string,
    @Body() dto: ExtendDeadlineDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ) {
    return this.send(id, { type: 'ExtendHearingDeadline', data: { ...dto }, metadata }, expectedRevision);
  }

  @Post(':hearingId/invitations')
  @ApiAction({ summary: 'Invite more members to give input', type: WriteAnswerResponse })
  @Allow('secretary')
  invite(
    @Param('hearingId') id: string,
    @Body() dto: InviteMembersDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ) {
    return this.send(
      id,
      { type: 'InviteHearingMembers', data: { personIds: dto.personIds }, metadata },
      expectedRevision,
    );
  }

  private send(id: string, command: HearingCommand, expectedRevision?: number): Promise<SendAnswer> {
    return this.writer.send(hearingDescriptor, id, command, { expectedRevision });
  }
}

import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
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
import { AggregateWriter, CaseLocator, ReadModelSql, type AggregateStream } from '@app/event-store';
import { fold, IdGenerator, InvalidInputError, NotFoundError, type CommandMetadata } from '@app/kernel';
import type { BudgetProposalCommand } from '../proposal/budget-proposal.commands';
import { budgetProposalDescriptor } from '../proposal/budget-proposal.descriptor';
import { diffBudgetProposal } from '../proposal/budget-proposal.diff';
import type { BudgetProposalEvent } from '../proposal/budget-proposal.events';
import type { BudgetProposalState } from '../proposal/budget-proposal.state';
import { budgetProposalView } from '../proposal/budget-proposal.view';
import { listBudgetProposals } from '../read-model/budget-list.query';
import { BUDGET_WRITE_ROLES, REMARKS_ROLES } from './budget-roles';
import {
  BudgetProposalDiffResponse,
  BudgetProposalListItemResponse,
  BudgetProposalResponse,
} from './dto/budget.response';
import { CreateBudgetProposalDto } from './dto/create-budget-proposal.dto';
import {
  DecisionDto,
  DiffQueryDto,
  MergeDto,
  PrioritisationDto,
  ProposalListQueryDto,
  RemarksDto,
  StepDto,
  SubmissionDto,
  WithdrawalDto,
} from './dto/proposal-actions.dto';
import { ProposalFieldsDto } from './dto/proposal-fields.dto';

@ApiTags('budget')
@ApiBearerAuth()
@Controller('councils/:councilId/budget-proposals')
export class BudgetProposalsController {
  constructor(
    private readonly writer: AggregateWriter,
    private readonly cases: CaseLocator,
    private readonly sql: ReadModelSql,
    private readonly ids: IdGenerator,
  ) {}

  @Post()
  @ApiCreate({
    summary: 'Draft a budget proposal in a budget cycle',
    type: WriteAnswer,
    location: ({ params }, answer) => apiPath('councils', params.councilId, 'budget-proposals', answer.id),
  })
  @Allow(...BUDGET_WRITE_ROLES)
  create(
    @Body() dto: CreateBudgetProposalDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ) {
    const { id: given, cycleId, ...fields } = dto;
    const id = given ?? this.ids.next();
    return this.send(
      id,
      { type: 'DraftBudgetProposal', data: { proposalId: id, cycleId, fields: plain(fields) }, metadata },
      expectedRevision,
    );
  }

  @Get()
  @ApiRead({
    summary: "The council's budget proposals, by cycle, status or committee",
    type: [BudgetProposalListItemResponse],
  })
  @Allow(...READ_ROLES)
  list(@Param('councilId') councilId: string, @Query() query: ProposalListQueryDto) {
    return listBudgetProposals(this.sql, councilId, query);
  }

  @Get(':id')
  @ApiRead({ summary: 'One budget proposal with its totals', type: BudgetProposalResponse, etag: true })
  @Allow(...READ_ROLES)
  async get(@Param('councilId') councilId: string, @Param('id') id: string) {
    const { state, revision } = await this.load(councilId, id);
    return { ...budgetProposalView(state, id), revision };
  }

  /** The fields that changed between two recorded moments, old and new side by side (issue 5). */
  @Get(':id/diff')
  @ApiRead({ summary: 'What changed between two moments', type: BudgetProposalDiffResponse })
  @Allow(...READ_ROLES)
  async diff(@Param('councilId') councilId: string, @Param('id') id: string, @Query() query: DiffQueryDto) {
    if (Date.parse(query.from) > Date.parse(query.to))
      throw new InvalidInputError('from must not be after to', 'from');
    const { events } = await this.load(councilId, id);
    const before = foldUpTo(events, query.from);
    const after = foldUpTo(events, query.to);
    return {
      id,
      from: query.from,
      to: query.to,
      status: { from: before.status ?? null, to: after.status ?? null },
      changes: diffBudgetProposal(before, after),
    };
  }

  /** Each field sent is its own event; a field sent with its current value records nothing. */
  @Patch(':id')
  @ApiAction({
    summary: 'Change fields of the proposal (each field sent that differs is recorded)',
    type: WriteAnswer,
  })
  @Allow(...BUDGET_WRITE_ROLES)
  change(
    @Param('id') id: string,
    @Body() dto: ProposalFieldsDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ) {
    return this.send(
      id,
      { type: 'ChangeBudgetProposalFields', data: { changes: plain(dto) }, metadata },
      expectedRevision,
    );
  }

  @Put(':id/remarks')
  @ApiAction({ summary: "Write the administration's remarks", type: WriteAnswer })
  @Allow(...REMARKS_ROLES)
  remarks(
    @Param('id') id: string,
    @Body() dto: RemarksDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ) {
    return this.send(
      id,
      { type: 'WriteBudgetProposalRemarks', data: { remarks: dto.remarks }, metadata },
      expectedRevision,
    );
  }

  @Post(':id/submission')
  @ApiAction({ summary: 'Submit the proposal to a committee', type: WriteAnswer })
  @Allow(...BUDGET_WRITE_ROLES)
  submit(
    @Param('id') id: string,
    @Body() dto: SubmissionDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ) {
    // The handler adds the cycle's committees and submission deadlines.
    const data = { ...plain(dto), cycle: { committees: [], deadlines: [] } };
    return this.send(id, { type: 'SubmitBudgetProposal', data, metadata }, expectedRevision);
  }

  @Post(':id/discussion')
  @ApiAction({ summary: 'Record that the committee discussed the proposal', type: WriteAnswer })
  @Allow(...BUDGET_WRITE_ROLES)
  discuss(
    @Param('id') id: string,
    @Body() dto: StepDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() rev?: number,
  ) {
    return this.send(id, { type: 'RecordBudgetProposalDiscussion', data: plain(dto), metadata }, rev);
  }

  @Post(':id/prioritisation')
  @ApiAction({
    summary: "Record the committee's prioritisation (a rank, or not prioritised)",
    type: WriteAnswer,
  })
  @Allow(...BUDGET_WRITE_ROLES)
  prioritise(
    @Param('id') id: string,
    @Body() dto: PrioritisationDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() rev?: number,
  ) {
    return this.send(id, { type: 'PrioritiseBudgetProposal', data: plain(dto), metadata }, rev);
  }

  @Post(':id/committee-approval')
  @ApiAction({ summary: 'Record the committee’s final approval', type: WriteAnswer })
  @Allow(...BUDGET_WRITE_ROLES)
  approve(
    @Param('id') id: string,
    @Body() dto: StepDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() rev?: number,
  ) {
    return this.send(id, { type: 'ApproveBudgetProposalInCommittee', data: plain(dto), metadata }, rev);
  }

  @Post(':id/negotiation')
  @ApiAction({ summary: 'Record that the proposal entered the budget negotiations', type: WriteAnswer })
  @Allow(...BUDGET_WRITE_ROLES)
  negotiate(
    @Param('id') id: string,
    @Body() dto: StepDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() rev?: number,
  ) {
    return this.send(id, { type: 'EnterBudgetNegotiations', data: plain(dto), metadata }, rev);
  }

  @Post(':id/decision')
  @ApiAction({
    summary: 'Record the budget decision: adopted, partly adopted or rejected, with grants',
    type: WriteAnswer,
  })
  @Allow(...BUDGET_WRITE_ROLES)
  decide(
    @Param('id') id: string,
    @Body() dto: DecisionDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() rev?: number,
  ) {
    const { grants, ...rest } = plain(dto);
    return this.send(
      id,
      {
        type: 'DecideBudgetProposal',
        data: { ...rest, grants: (grants ?? []).map((g) => ({ ...g })) },
        metadata,
      },
      rev,
    );
  }

  @Post(':id/withdrawal')
  @ApiAction({ summary: 'Withdraw the proposal', type: WriteAnswer })
  @Allow(...BUDGET_WRITE_ROLES)
  withdraw(
    @Param('id') id: string,
    @Body() dto: WithdrawalDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() rev?: number,
  ) {
    return this.send(id, { type: 'WithdrawBudgetProposal', data: plain(dto), metadata }, rev);
  }

  /**
   * Records that this proposal is the merge of others (seed 002), then marks each of them merged
   * into it. Both steps are idempotent, so a retry after a failure in between completes the work.
   */
  @Post(':id/merge')
  @ApiAction({
    summary: 'Merge other proposals into this one (each is marked merged into it)',
    type: WriteAnswer,
  })
  @Allow(...BUDGET_WRITE_ROLES)
  async merge(
    @Param('id') id: string,
    @Body() dto: MergeDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() rev?: number,
  ) {
    const { replaces, ...step } = plain(dto) as { replaces: string[]; at?: string };
    const at = step.at ?? metadata.occurredAt ?? metadata.now;
    const merged = await this.send(
      id,
      { type: 'MergeBudgetProposals', data: { replaces, at }, metadata },
      rev,
    );
    for (const replaced of new Set(replaces)) {
      await this.send(replaced, { type: 'MarkBudgetProposalMerged', data: { into: id, at }, metadata });
    }
    return merged;
  }

  private async load(
    councilId: string,
    id: string,
  ): Promise<AggregateStream<BudgetProposalEvent, BudgetProposalState>> {
    const stream = await this.cases.aggregateStream(budgetProposalDescriptor, councilId, id);
    if (!stream.state.exists || stream.state.councilId !== councilId)
      throw new NotFoundError(`budget proposal ${id} not found`);
    return stream;
  }

  private send(id: string, command: BudgetProposalCommand, expectedRevision?: number) {
    return this.writer.send(budgetProposalDescriptor, id, command, { expectedRevision });
  }
}

/** The proposal as recorded up to a moment (the events' recorded time). */
function foldUpTo(
  events: AggregateStream<BudgetProposalEvent, unknown>['events'],
  at: string,
): BudgetProposalState {
  const until = Date.parse(at);
  return fold(
    budgetProposalDescriptor.decider,
    events.filter((e) => Date.parse(e.recordedAt) <= until),
  );
}

/** A DTO instance as plain JSON data without undefined keys, as events store it. */
function plain<T extends object>(dto: T): T {
  return JSON.parse(JSON.stringify(dto)) as T;
}

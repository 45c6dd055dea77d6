import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
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
import { CouncilDirectory } from '@app/councils';
import { AggregateWriter, CaseLocator, ReadModelSql } from '@app/event-store';
import { IdGenerator, NotFoundError, type CommandMetadata } from '@app/kernel';
import type { BudgetCycleCommand } from '../cycle/budget-cycle.commands';
import { budgetCycleDescriptor } from '../cycle/budget-cycle.descriptor';
import { budgetCycleView } from '../cycle/budget-cycle.view';
import { listBudgetCycles } from '../read-model/budget-list.query';
import { BUDGET_WRITE_ROLES } from './budget-roles';
import { BudgetCycleResponse } from './dto/budget.response';
import { CreateBudgetCycleDto } from './dto/create-budget-cycle.dto';
import { CancelMilestoneDto } from './dto/change-milestones.dto';
import { CycleMilestoneDto } from './dto/create-budget-cycle.dto';
import { MoveMilestoneDto } from './dto/move-milestone.dto';

/** Used when neither the request nor the council names reminder offsets. */
const DEFAULT_REMINDER_OFFSETS = ['P7D', 'P1D'];

@ApiTags('budget')
@ApiBearerAuth()
@Controller('councils/:councilId/budget-cycles')
export class BudgetCyclesController {
  constructor(
    private readonly writer: AggregateWriter,
    private readonly cases: CaseLocator,
    private readonly sql: ReadModelSql,
    private readonly ids: IdGenerator,
    private readonly councils: CouncilDirectory,
  ) {}

  @Post()
  @ApiCreate({
    summary: "Create a year's budget cycle: the committees' calendar of milestones",
    type: WriteAnswer,
    location: ({ params }, answer) => apiPath('councils', params.councilId, 'budget-cycles', answer.id),
  })
  @Allow(...BUDGET_WRITE_ROLES)
  async create(
    @Param('councilId') councilId: string,
    @Body() dto: CreateBudgetCycleDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ) {
    const id = dto.id ?? this.ids.next();
    let reminderOffsets = dto.reminderOffsets;
    if (reminderOffsets === undefined) {
      const council = await this.councils.get(councilId);
      reminderOffsets =
        council.reminderOffsets.length > 0 ? council.reminderOffsets : DEFAULT_REMINDER_OFFSETS;
    }
    const milestones = dto.milestones.map((m, i) => ({ ...m, id: m.id ?? `${m.kind}-${i + 1}` }));
    return this.send(
      id,
      {
        type: 'CreateBudgetCycle',
        data: { cycleId: id, year: dto.year, milestones, reminderOffsets },
        metadata,
      },
      expectedRevision,
    );
  }

  @Get()
  @ApiRead({ summary: "The council's budget cycles, newest year first", type: [BudgetCycleResponse] })
  @Allow(...READ_ROLES)
  list(@Param('councilId') councilId: string) {
    return listBudgetCycles(this.sql, councilId);
  }

  @Get(':id')
  @ApiRead({ summary: 'One budget cycle and its calendar', type: BudgetCycleResponse, etag: true })
  @Allow(...READ_ROLES)
  async get(@Param('councilId') councilId: string, @Param('id') id: string) {
    const { state, revision } = await this.cases.aggregateStream(budgetCycleDescriptor, councilId, id);
    if (!state.exists || state.councilId !== councilId)
      throw new NotFoundError(`budget cycle ${id} not found`);
    return { ...budgetCycleView(state, id), revision };
  }

  /** Moving a meeting moves its reminders and the council's submission deadline with it. */
  @Patch(':id/milestones/:milestoneId')
  @ApiAction({ summary: 'Move a milestone to another date', type: WriteAnswer })
  @Allow(...BUDGET_WRITE_ROLES)
  move(
    @Param('id') id: string,
    @Param('milestoneId') milestoneId: string,
    @Body() dto: MoveMilestoneDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ) {
    return this.send(
      id,
      { type: 'MoveBudgetMilestone', data: { milestoneId, ...dto }, metadata },
      expectedRevision,
    );
  }

  /** A meeting the region added to the calendar; without an id it is named `<kind>-<n>`. */
  @Post(':id/milestones')
  @ApiCreate({
    summary: 'Add a milestone the region added to the calendar',
    description: 'A milestone is read as part of its cycle, so `Location` names the cycle.',
    type: WriteAnswer,
    location: ({ params }, answer) => apiPath('councils', params.councilId, 'budget-cycles', answer.id),
  })
  @Allow(...BUDGET_WRITE_ROLES)
  add(
    @Param('id') id: string,
    @Body() dto: CycleMilestoneDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ) {
    return this.send(
      id,
      { type: 'AddBudgetMilestone', data: { milestone: { ...dto } }, metadata },
      expectedRevision,
    );
  }

  /** Only a meeting still ahead can be cancelled; its reminders and deadline go with it. */
  @Post(':id/milestones/:milestoneId/cancellation')
  @ApiAction({ summary: 'Cancel a milestone still ahead, with a reason', type: WriteAnswer })
  @Allow(...BUDGET_WRITE_ROLES)
  cancel(
    @Param('id') id: string,
    @Param('milestoneId') milestoneId: string,
    @Body() dto: CancelMilestoneDto,
    @CommandContext() metadata: CommandMetadata,
    @IfMatch() expectedRevision?: number,
  ) {
    return this.send(
      id,
      { type: 'CancelBudgetMilestone', data: { milestoneId, reason: dto.reason }, metadata },
      expectedRevision,
    );
  }

  private send(id: string, command: BudgetCycleCommand, expectedRevision?: number) {
    return this.writer.send(budgetCycleDescriptor, id, command, { expectedRevision });
  }
}

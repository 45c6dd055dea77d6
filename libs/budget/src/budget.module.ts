import { Module } from '@nestjs/common';
import { ProjectionsModule } from '@app/event-store';
import { BudgetCyclesController } from './http/budget-cycles.controller';
import { BudgetProposalsController } from './http/budget-proposals.controller';
import { BudgetCycleHandler } from './nest/budget-cycle.handler';
import { BudgetProposalHandler } from './nest/budget-proposal.handler';
import { BudgetListProjection } from './read-model/budget-list.projection';

/**
 * Budget cycles and proposals (issue 5). Needs the global CqrsModule.forRoot(), CouncilsModule (CouncilDirectory), EventStoreModule
 * (EventStore, CommandExecutor, ReadModelSql), IdGenerator from the app, and the AccessGuard.
 * Registers `BudgetListProjection` itself. The integrator gives `budgetDeadlineSources` to the
 * scheduler's follower (dispatching `BUDGET_SCHEDULED_COMMANDS`) and the two case kinds to history.
 */
@Module({
  imports: [ProjectionsModule, ProjectionsModule.forFeature([BudgetListProjection])],
  controllers: [BudgetCyclesController, BudgetProposalsController],
  providers: [BudgetCycleHandler, BudgetProposalHandler],
})
export class BudgetModule {}

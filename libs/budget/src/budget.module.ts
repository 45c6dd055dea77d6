import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { BudgetCyclesController } from './http/budget-cycles.controller';
import { BudgetProposalsController } from './http/budget-proposals.controller';
import { BudgetCycleHandler } from './nest/budget-cycle.handler';
import { BudgetProposalHandler } from './nest/budget-proposal.handler';
import { BudgetListProjection } from './read-model/budget-list.projection';

/**
 * Issue 5: budget cycles and proposals. Needs, from the app: `EventStore`, `CommandExecutor` and
 * `ReadModelSql` (EventStoreModule), `IdGenerator` (app), `CouncilDirectory` (councils, global or
 * exported), the AccessGuard. The app registers `BudgetListProjection` with the ProjectionRunner,
 * `budgetDeadlineSources` with the scheduler, and the case kinds with history.
 */
@Module({
  imports: [CqrsModule],
  controllers: [BudgetCyclesController, BudgetProposalsController],
  providers: [BudgetCycleHandler, BudgetProposalHandler, BudgetListProjection],
  exports: [BudgetListProjection],
})
export class BudgetModule {}

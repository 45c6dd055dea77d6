import { Module } from '@nestjs/common';
import { AggregateCommandsModule, ProjectionsModule } from '@app/event-store';
import { BudgetCyclesController } from './http/budget-cycles.controller';
import { BudgetProposalsController } from './http/budget-proposals.controller';
import { BudgetCycleEnrichment } from './nest/budget-cycle.enrichment';
import { BudgetProposalEnrichment } from './nest/budget-proposal.enrichment';
import { BudgetListProjection } from './read-model/budget-list.projection';

/**
 * Budget cycles and proposals (issue 5). Needs the global CqrsModule.forRoot(), CouncilsModule (CouncilDirectory), EventStoreModule
 * (EventStore, CommandExecutor, ReadModelSql), IdGenerator from the app, and the AccessGuard.
 * Registers `BudgetListProjection` itself. The integrator gives `budgetCycleDescriptor` and
 * `budgetProposalDescriptor` to the scheduler's follower and to history.
 */
@Module({
  imports: [AggregateCommandsModule, ProjectionsModule, ProjectionsModule.forFeature([BudgetListProjection])],
  controllers: [BudgetCyclesController, BudgetProposalsController],
  providers: [BudgetCycleEnrichment, BudgetProposalEnrichment],
})
export class BudgetModule {}

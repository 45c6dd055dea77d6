import { Module } from '@nestjs/common';
import { AggregateCommandsModule, ProjectionRegistry } from '@app/event-store';
import { BudgetProposalFollowUpController } from './http/budget-proposal-follow-up.controller';
import { FollowUpDefaultsResolver } from './http/follow-up-defaults';
import { FollowUpsController } from './http/follow-ups.controller';
import { FollowUpEnrichment } from './nest/follow-up.enrichment';
import { ImplementedCaseReader } from './nest/implemented-case.reader';
import { FollowUpListProjection } from './read-model/follow-up-list.projection';

export const FOLLOW_UP_PROJECTIONS = Symbol('FOLLOW_UP_PROJECTIONS');

/**
 * Implementation follow-ups (issue 6). Needs the global CqrsModule.forRoot(), EventStore,
 * CommandExecutor, ReadModelSql, Clock and IdGenerator. Registers `follow_up_list` with the
 * ProjectionRunner when the app has one (ProjectionsModule). The integrator gives
 * `followUpDescriptor` to history and the deadline follower (exported from the lib's index).
 */
@Module({
  imports: [AggregateCommandsModule],
  controllers: [FollowUpsController, BudgetProposalFollowUpController],
  providers: [
    FollowUpEnrichment,
    ImplementedCaseReader,
    FollowUpDefaultsResolver,
    FollowUpListProjection,
    {
      provide: FOLLOW_UP_PROJECTIONS,
      useFactory: (registry: ProjectionRegistry | undefined, list: FollowUpListProjection) => {
        registry?.register(list);
        return [list];
      },
      inject: [{ token: ProjectionRegistry, optional: true }, FollowUpListProjection],
    },
  ],
  exports: [FollowUpListProjection, FOLLOW_UP_PROJECTIONS],
})
export class FollowUpsModule {}

import { Module } from '@nestjs/common';
import { AggregateCommandsModule, ProjectionsModule } from '@app/event-store';
import { HearingEnrichment } from './bus/hearing.enrichment';
import { HearingsController } from './http/hearings.controller';
import { HearingListProjection } from './read-model/hearing-list.projection';
import { WaitingForProjection } from './read-model/waiting-for.projection';

/**
 * Hearings (issue 4). Needs the global CqrsModule.forRoot(), CouncilsModule (CouncilDirectory), EventStoreModule (EventStore,
 * CommandExecutor, ReadModelSql, IdGenerator), ProjectionsModule and AccessModule. Registers
 * `HearingListProjection` and `WaitingForProjection` itself; the integrator gives `hearingDescriptor` to the scheduler's
 * follower and to history (exported from the lib's index).
 */
@Module({
  // ProjectionsModule is global and imported once however many features name it; naming it here
  // keeps this module bootable in an app that does not import it at the root.
  imports: [
    AggregateCommandsModule,
    ProjectionsModule,
    ProjectionsModule.forFeature([HearingListProjection, WaitingForProjection]),
  ],
  controllers: [HearingsController],
  providers: [HearingEnrichment],
})
export class HearingsModule {}

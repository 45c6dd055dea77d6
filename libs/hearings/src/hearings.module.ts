import { Module } from '@nestjs/common';
import { ProjectionsModule } from '@app/event-store';
import { HearingMessageHandler } from './bus/hearing-message.handler';
import { HearingsController } from './http/hearings.controller';
import { HearingListProjection } from './read-model/hearing-list.projection';

/**
 * Hearings (issue 4). Needs the global CqrsModule.forRoot(), CouncilsModule (CouncilDirectory), EventStoreModule (EventStore,
 * CommandExecutor, ReadModelSql, IdGenerator), ProjectionsModule and AccessModule. Registers
 * `HearingListProjection` itself; the integrator gives `hearingDeadlineSource` to the scheduler's
 * follower and `hearingCaseKind` to history (both exported from the lib's index).
 */
@Module({
  // ProjectionsModule is global and imported once however many features name it; naming it here
  // keeps this module bootable in an app that does not import it at the root.
  imports: [ProjectionsModule, ProjectionsModule.forFeature([HearingListProjection])],
  controllers: [HearingsController],
  providers: [HearingMessageHandler],
})
export class HearingsModule {}

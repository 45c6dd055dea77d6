import { Module } from '@nestjs/common';
import { CouncilDirectory } from '@app/councils';
import { ProjectionsModule } from '@app/event-store';
import { HearingMessageHandler } from './bus/hearing-message.handler';
import { HearingsController } from './http/hearings.controller';
import { NotificationsModule } from './notifications/notifications.module';
import { HearingListProjection } from './read-model/hearing-list.projection';

/**
 * Hearings (issue 4). Needs the global CqrsModule.forRoot(), EventStoreModule (EventStore,
 * CommandExecutor, ReadModelSql, IdGenerator), ProjectionsModule and AccessModule. Registers
 * `HearingListProjection` itself; the integrator gives `hearingDeadlineSource` to the scheduler's
 * follower and `hearingCaseKind` to history (both exported from the lib's index).
 * Brings NotificationsModule (reminders of every aggregate: in-app list and mail).
 * CouncilDirectory is provided here too (it needs only the EventStore), so this module does not
 * depend on how the councils module exports it.
 */
@Module({
  // ProjectionsModule is global and imported once however many features name it; naming it here
  // keeps this module bootable in an app that does not import it at the root.
  imports: [ProjectionsModule, ProjectionsModule.forFeature([HearingListProjection]), NotificationsModule],
  controllers: [HearingsController],
  providers: [HearingMessageHandler, CouncilDirectory],
})
export class HearingsModule {}

import { Global, Module } from '@nestjs/common';
import { CouncilOffices } from '@app/access';
import { AggregateCommandsModule, ProjectionRegistry } from '@app/event-store';
import { CouncilDirectory } from './directory/council-directory';
import { CouncilsController } from './http/councils.controller';
import { AgendaCarrier } from './http/agenda-carrier';
import { MinutesApprover } from './http/minutes-approver';
import { AgendaAttachmentsController } from './http/agenda-attachments.controller';
import { AttachmentFiles } from './http/attachment-files';
import { MeetingPlanner } from './http/meeting-planner';
import { JointMeetings } from './http/joint-meetings';
import { MeetingsController } from './http/meetings.controller';
import { CouncilEnrichment } from './nest/council.enrichment';
import { MeetingEnrichment } from './nest/meeting.enrichment';
import { CouncilListProjection } from './read-model/council-list.projection';
import { ActionPointListProjection } from './read-model/action-point-list.projection';
import { MeetingListProjection } from './read-model/meeting-list.projection';
import { ActionPointsController } from './http/action-points.controller';

export const COUNCILS_PROJECTIONS = Symbol('COUNCILS_PROJECTIONS');

/**
 * Issue 3: councils, members, chair, secretaries, meetings. Needs the global CqrsModule.forRoot(),
 * EventStore, CommandExecutor, ReadModelSql and IdGenerator, and the AccessModule's guard.
 * Registers `councils_meeting_list` and `councils_council_list` with the ProjectionRunner when the app has one. The
 * integrator gives `councilDescriptor` and `meetingDescriptor` to history and the deadline
 * follower (both exported from the index).
 */
@Global()
@Module({
  imports: [AggregateCommandsModule],
  controllers: [CouncilsController, MeetingsController, ActionPointsController, AgendaAttachmentsController],
  providers: [
    CouncilEnrichment,
    MeetingEnrichment,
    CouncilDirectory,
    // The AccessGuard's record of who holds the chair, the seats and the secretariat (issue 20).
    { provide: CouncilOffices, useExisting: CouncilDirectory },
    MeetingPlanner,
    JointMeetings,
    AgendaCarrier,
    MinutesApprover,
    AttachmentFiles,
    MeetingListProjection,
    CouncilListProjection,
    ActionPointListProjection,
    {
      provide: COUNCILS_PROJECTIONS,
      useFactory: (
        registry: ProjectionRegistry | undefined,
        list: MeetingListProjection,
        councils: CouncilListProjection,
        actionPoints: ActionPointListProjection,
      ) => {
        registry?.register(list);
        registry?.register(councils);
        registry?.register(actionPoints);
        return [list, councils, actionPoints];
      },
      inject: [
        { token: ProjectionRegistry, optional: true },
        MeetingListProjection,
        CouncilListProjection,
        ActionPointListProjection,
      ],
    },
  ],
  exports: [
    CouncilDirectory,
    CouncilOffices,
    MeetingListProjection,
    CouncilListProjection,
    COUNCILS_PROJECTIONS,
  ],
})
export class CouncilsModule {}

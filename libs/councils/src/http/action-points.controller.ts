import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  Allow,
  ApiAction,
  ApiRead,
  CommandContext,
  CurrentActor,
  type CurrentActorValue,
  READ_ROLES,
  WriteAnswer,
} from '@app/access';
import { AggregateWriter, CaseLocator, ReadModelSql, type SendAnswer } from '@app/event-store';
import { actionPointsForReader } from './closed-items';
import { type CommandMetadata, NotFoundError } from '@app/kernel';
import { meetingDescriptor } from '../meeting/meeting.descriptor';
import { listActionPoints } from '../read-model/action-point-list.projection';
import type { MeetingCommand } from '../meeting/meeting.commands';
import { ActionPointQueryDto } from './dto/action-point-query.dto';
import { DropActionPointDto } from './dto/drop-action-point.dto';
import { ActionPointListItemResponse } from './dto/meeting.response';

/** The council's action points across its meetings: listed open until done. */
@ApiTags('meetings')
@ApiBearerAuth()
@Controller('councils/:councilId/action-points')
export class ActionPointsController {
  constructor(
    private readonly writer: AggregateWriter,
    private readonly sql: ReadModelSql,
    private readonly cases: CaseLocator,
  ) {}

  @Get()
  @Allow(...READ_ROLES)
  @ApiRead({
    summary: "The council's action points across its meetings",
    type: [ActionPointListItemResponse],
  })
  async list(
    @Param('councilId') councilId: string,
    @Query() query: ActionPointQueryDto,
    @CurrentActor() reader: CurrentActorValue,
  ) {
    // Issue 17.3: a closed item's action points keep their text for the council.
    const points = await listActionPoints(this.sql, councilId, query.status);
    return actionPointsForReader(this.cases, councilId, points, reader);
  }

  /** Done: its reminders are removed with it. */
  @Post(':actionPointId/completion')
  @Allow('secretary')
  @ApiAction({ summary: 'Mark an action point done', type: WriteAnswer })
  complete(
    @Param('councilId') councilId: string,
    @Param('actionPointId') actionPointId: string,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<SendAnswer> {
    return this.send(councilId, actionPointId, {
      type: 'CompleteActionPoint',
      data: { actionPointId },
      metadata,
    });
  }

  /** Not to be done after all, with the reason; its reminders are removed and it leaves the open list. */
  @Post(':actionPointId/drop')
  @Allow('secretary')
  @ApiAction({ summary: 'Drop an action point, with a reason', type: WriteAnswer })
  drop(
    @Param('councilId') councilId: string,
    @Param('actionPointId') actionPointId: string,
    @Body() dto: DropActionPointDto,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<SendAnswer> {
    const data = { actionPointId, reason: dto.reason };
    return this.send(councilId, actionPointId, { type: 'DropActionPoint', data, metadata });
  }

  /** The point lives on its meeting's stream; the list says which meeting that is. */
  private async send(councilId: string, actionPointId: string, command: MeetingCommand): Promise<SendAnswer> {
    const point = (await listActionPoints(this.sql, councilId)).find((p) => p.id === actionPointId);
    if (!point) throw new NotFoundError(`action point ${actionPointId} not found`);
    const result = await this.writer.send(meetingDescriptor, point.meetingId, command, { councilId });
    return { id: actionPointId, revision: result.revision };
  }
}

import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, ApiRead, CurrentActor, READ_ROLES, type CurrentActorValue } from '@app/access';
import { ReadModelSql } from '@app/event-store';
import { NotificationResponse } from './notification.response';
import { listNotifications, type NotificationView } from './notifications.query';

/** Issue 4, item 3: the caller's own reminders, within the council of their token. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me')
export class MeNotificationsController {
  constructor(private readonly sql: ReadModelSql) {}

  @Get('notifications')
  @Allow(...READ_ROLES)
  @ApiRead({ summary: "The caller's own reminders in their council", type: [NotificationResponse] })
  list(@CurrentActor() actor: CurrentActorValue): Promise<NotificationView[]> {
    return listNotifications(this.sql, actor.personId, actor.councilId);
  }
}

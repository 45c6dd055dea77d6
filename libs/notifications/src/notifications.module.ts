import { Module } from '@nestjs/common';
import { ProjectionsModule } from '@app/event-store';
import { CouncilRecipientDirectory } from './council-recipient-directory';
import { MeNotificationsController } from './me-notifications.controller';
import { NotificationMailerHost } from './notification-mailer.host';
import { NOTIFICATION_OPTIONS, notificationOptionsFromEnv } from './notification-options';
import { NotificationsProjection } from './notifications.projection';
import { RecipientDirectory } from './recipient-directory';

/**
 * Reminders of every aggregate as notifications (issue 4, item 3): the in-app list at
 * `GET /api/me/notifications`, and mail through SMTP when SMTP_URL is set (MAIL_FROM,
 * NOTIFICATIONS_POLL_MS). Needs the global CouncilsModule. Imported by HearingsModule; import it nowhere else, or the projection
 * would be registered twice.
 */
@Module({
  imports: [ProjectionsModule, ProjectionsModule.forFeature([NotificationsProjection])],
  controllers: [MeNotificationsController],
  providers: [
    { provide: NOTIFICATION_OPTIONS, useFactory: () => notificationOptionsFromEnv(process.env) },
    { provide: RecipientDirectory, useClass: CouncilRecipientDirectory },
    NotificationMailerHost,
  ],
  exports: [NotificationMailerHost],
})
export class NotificationsModule {}

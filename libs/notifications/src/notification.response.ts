import type { Documents } from '@app/access';
import { ApiProperty } from '@nestjs/swagger';
import type { NotificationView } from './notifications.query';

/** One of the caller's reminders (`GET /me/notifications`). */
export class NotificationResponse {
  @ApiProperty() eventId!: string;
  @ApiProperty({ type: String, nullable: true }) councilId!: string | null;
  @ApiProperty({ description: 'The case the reminder is about, e.g. `hearing-42`' }) streamId!: string;
  @ApiProperty({ description: 'The kind of case, e.g. `hearing`' }) category!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty({ description: 'Which deadline of the case' }) deadline!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) remindAt!: string | null;
  @ApiProperty({ format: 'date-time' }) issuedAt!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The reminder as recorded' })
  data!: Record<string, unknown>;
  @ApiProperty({
    type: String,
    nullable: true,
    description: '`sent` once mailed, `pending` while the mail waits, null when no mail is kept',
  })
  mail!: string | null;
}

/** What the routes return is what these classes document (checked by `tsc`). */
export type NotificationResponseDocumentsView = Documents<NotificationResponse, NotificationView>;

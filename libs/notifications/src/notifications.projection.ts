import { Injectable } from '@nestjs/common';
import { categoryOf, type Projection, type SqlClient, type StoredEvent } from '@app/event-store';

/** The fields every aggregate's `RemindersIssued` shares (docs/conventions.md: same type name everywhere). */
interface ReminderData {
  deadline: string;
  dueAt: string;
  remindAt?: string;
  recipients: string[];
}

function isReminder(data: unknown): data is ReminderData {
  const d = data as Partial<ReminderData> | null;
  return (
    typeof d?.deadline === 'string' &&
    typeof d.dueAt === 'string' &&
    Array.isArray(d.recipients) &&
    d.recipients.every((r) => typeof r === 'string')
  );
}

/**
 * Issue 4, item 3: every `RemindersIssued`, from any aggregate, becomes one in-app notification
 * per recipient and one outbox row per recipient for the mailer. The outbox is keyed by event id
 * and recipient, so a replay or a second process never queues a mail twice, and `reset` leaves
 * it alone: rebuilding the in-app list must not send anything again.
 */
@Injectable()
export class NotificationsProjection implements Projection {
  readonly name = 'notifications';

  async setup(tx: SqlClient): Promise<void> {
    await tx.query(`CREATE TABLE IF NOT EXISTS notifications (
      event_id text NOT NULL,
      person_id text NOT NULL,
      council_id text,
      stream_id text NOT NULL,
      category text NOT NULL,
      deadline text NOT NULL,
      due_at timestamptz NOT NULL,
      remind_at timestamptz,
      recorded_at timestamptz NOT NULL,
      position bigint NOT NULL,
      data jsonb NOT NULL,
      PRIMARY KEY (event_id, person_id)
    )`);
    await tx.query(
      `CREATE INDEX IF NOT EXISTS notifications_person ON notifications (person_id, position DESC)`,
    );
    await tx.query(`CREATE TABLE IF NOT EXISTS notification_outbox (
      event_id text NOT NULL,
      person_id text NOT NULL,
      council_id text,
      stream_id text NOT NULL,
      deadline text NOT NULL,
      due_at timestamptz NOT NULL,
      position bigint NOT NULL,
      status text NOT NULL DEFAULT 'pending',
      attempts integer NOT NULL DEFAULT 0,
      claimed_at timestamptz,
      sent_at timestamptz,
      last_error text,
      PRIMARY KEY (event_id, person_id)
    )`);
    await tx.query(
      `CREATE INDEX IF NOT EXISTS notification_outbox_pending ON notification_outbox (status, position)`,
    );
  }

  async apply(tx: SqlClient, event: StoredEvent): Promise<void> {
    if (event.type !== 'RemindersIssued' || !isReminder(event.data)) return;
    const d = event.data;
    const councilId = typeof event.metadata.councilId === 'string' ? event.metadata.councilId : null;
    for (const personId of new Set(d.recipients)) {
      await tx.query(
        `INSERT INTO notifications (event_id, person_id, council_id, stream_id, category, deadline, due_at, remind_at,
           recorded_at, position, data)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING`,
        [
          event.id,
          personId,
          councilId,
          event.streamId,
          categoryOf(event.streamId),
          d.deadline,
          d.dueAt,
          d.remindAt ?? null,
          event.recordedAt,
          event.position,
          JSON.stringify(d),
        ],
      );
      await tx.query(
        `INSERT INTO notification_outbox (event_id, person_id, council_id, stream_id, deadline, due_at, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
        [event.id, personId, councilId, event.streamId, d.deadline, d.dueAt, event.position],
      );
    }
  }

  async reset(tx: SqlClient): Promise<void> {
    await tx.query(`DELETE FROM notifications`);
  }
}

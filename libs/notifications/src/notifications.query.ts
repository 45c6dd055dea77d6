import { parseStreamId } from '@app/kernel';
import { jsonColumn, type SqlClient } from '@app/event-store';

export interface NotificationView {
  eventId: string;
  councilId: string | null;
  /** The case the reminder is about, e.g. `hearing-42`, and its kind. */
  streamId: string;
  category: string;
  caseId: string;
  deadline: string;
  dueAt: string;
  remindAt: string | null;
  issuedAt: string;
  /** The reminder as recorded (recipients, and whatever the aggregate adds). */
  data: Record<string, unknown>;
  /** `sent` once mailed; `pending` while the mail waits; null when no mail is kept (never queued). */
  mail: string | null;
}

interface Row {
  event_id: string;
  council_id: string | null;
  stream_id: string;
  category: string;
  deadline: string;
  due_at: Date | string;
  remind_at: Date | string | null;
  recorded_at: Date | string;
  data: Record<string, unknown> | string;
  status: string | null;
}

const iso = (v: Date | string) => new Date(v).toISOString();

/** A person's reminders, newest first; within their token's council when it names one. */
export async function listNotifications(
  sql: Pick<SqlClient, 'query'>,
  personId: string,
  councilId: string | undefined,
  limit = 100,
): Promise<NotificationView[]> {
  const { rows } = await sql.query<Row>(
    `SELECT n.*, o.status FROM notifications n
       LEFT JOIN notification_outbox o ON o.event_id = n.event_id AND o.person_id = n.person_id
      WHERE n.person_id = $1 AND ($2::text IS NULL OR n.council_id = $2)
      ORDER BY n.position DESC LIMIT $3`,
    [personId, councilId ?? null, limit],
  );
  return rows.map((r) => ({
    eventId: r.event_id,
    councilId: r.council_id,
    streamId: r.stream_id,
    category: r.category,
    caseId: parseStreamId(r.stream_id).id,
    deadline: r.deadline,
    dueAt: iso(r.due_at),
    remindAt: r.remind_at === null ? null : iso(r.remind_at),
    issuedAt: iso(r.recorded_at),
    data: jsonColumn<Record<string, unknown>>(r.data),
    mail: r.status,
  }));
}

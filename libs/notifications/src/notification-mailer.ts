import type { SqlClient } from '@app/event-store';
import { parseStreamId, type Clock } from '@app/kernel';
import type { MailTransport } from './mail-transport';
import type { RecipientDirectory } from './recipient-directory';

export interface NotificationMailerOptions {
  from: string;
  batchSize?: number;
  /** Tries per mail before it is marked failed. */
  maxAttempts?: number;
  /** A claim older than this is taken to be from a process that died mid-send, and retried. */
  staleClaimMs?: number;
}

export interface MailPassResult {
  sent: number;
  failed: number;
  retried: number;
  expired: number;
}

interface OutboxRow {
  event_id: string;
  person_id: string;
  council_id: string | null;
  stream_id: string;
  deadline: string;
  due_at: Date | string;
  attempts: number;
}

/**
 * Sends the outbox (one row per reminder event and recipient) through the transport. A row is
 * claimed by one atomic UPDATE, so two processes never send the same row at once; it is marked
 * sent after the transport accepts it. A crash between the two sends that one mail again, with
 * the same Message-ID (at-least-once). A reminder whose deadline has passed is not mailed.
 */
export class NotificationMailer {
  private readonly batchSize: number;
  private readonly maxAttempts: number;
  private readonly staleClaimMs: number;

  constructor(
    private readonly sql: Pick<SqlClient, 'query'>,
    private readonly transport: MailTransport,
    private readonly recipients: RecipientDirectory,
    private readonly clock: Clock,
    private readonly options: NotificationMailerOptions,
  ) {
    this.batchSize = options.batchSize ?? 20;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.staleClaimMs = options.staleClaimMs ?? 5 * 60_000;
  }

  /** One pass over what is pending; returns what it did. */
  async sendPending(): Promise<MailPassResult> {
    const result: MailPassResult = { sent: 0, failed: 0, retried: 0, expired: 0 };
    const now = this.clock.now();
    const { rows } = await this.sql.query<OutboxRow>(
      `UPDATE notification_outbox o SET status = 'sending', attempts = o.attempts + 1, claimed_at = $1
         FROM (SELECT event_id, person_id FROM notification_outbox
                WHERE status = 'pending' OR (status = 'sending' AND claimed_at < $2)
                ORDER BY position LIMIT $3 FOR UPDATE SKIP LOCKED) c
        WHERE o.event_id = c.event_id AND o.person_id = c.person_id
        RETURNING o.event_id, o.person_id, o.council_id, o.stream_id, o.deadline, o.due_at, o.attempts`,
      [now.toISOString(), new Date(now.getTime() - this.staleClaimMs).toISOString(), this.batchSize],
    );
    for (const row of rows) {
      if (new Date(row.due_at).getTime() <= now.getTime()) {
        await this.mark(row, 'expired');
        result.expired++;
        continue;
      }
      try {
        const to = await this.recipients.emailOf(row.council_id, row.person_id);
        if (!to) throw new Error(`no mail address for ${row.person_id}`);
        await this.transport.send({
          from: this.options.from,
          to,
          subject: subjectOf(row),
          text: textOf(row),
          messageId: `${row.event_id}.${row.person_id}@council-engine`,
        });
        await this.mark(row, 'sent');
        result.sent++;
      } catch (error) {
        const final = row.attempts >= this.maxAttempts;
        await this.mark(row, final ? 'failed' : 'pending', String(error));
        if (final) result.failed++;
        else result.retried++;
      }
    }
    return result;
  }

  private async mark(row: OutboxRow, status: string, error?: string): Promise<void> {
    await this.sql.query(
      `UPDATE notification_outbox SET status = $3, last_error = $4,
         sent_at = CASE WHEN $3 = 'sent' THEN $5::timestamptz ELSE sent_at END
       WHERE event_id = $1 AND person_id = $2`,
      [row.event_id, row.person_id, status, error ?? null, this.clock.now().toISOString()],
    );
  }
}

function subjectOf(row: OutboxRow): string {
  const { category, id } = parseStreamId(row.stream_id);
  return `Reminder: ${row.deadline} deadline ${new Date(row.due_at).toISOString()} (${category}-${id})`;
}

function textOf(row: OutboxRow): string {
  const { category, id: caseId } = parseStreamId(row.stream_id);
  return [
    `This is a reminder from the council engine.`,
    ``,
    `The ${row.deadline} deadline of ${category} ${caseId} is ${new Date(row.due_at).toISOString()}.`,
    row.council_id ? `Council: ${row.council_id}` : '',
    ``,
    `Your reminders: GET /api/me/notifications`,
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n');
}

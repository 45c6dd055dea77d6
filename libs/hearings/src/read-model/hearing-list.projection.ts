import { Injectable } from '@nestjs/common';
import { dropTableWithout, type Projection, type SqlClient, type StoredEvent } from '@app/event-store';
import { parseStreamId } from '@app/kernel';
import { HEARING_CATEGORY } from '../bus/hearing.category';
import type { HearingEvent } from '../domain/hearing.events';
import { evolveHearing, initialHearingState, type HearingStatus } from '../domain/hearing.state';

/** The status each event moves a hearing to (the same transitions as `evolveHearing`). */
const STATUS_AFTER: Partial<Record<HearingEvent['type'], HearingStatus>> = {
  HearingResponseDrafted: 'drafting',
  HearingApprovalRequested: 'awaiting-approval',
  HearingResponseSignedOff: 'signed-off',
  HearingResponseSubmitted: 'submitted',
  HearingDeclined: 'declined',
  HearingLapsed: 'lapsed',
};

export interface HearingListRow {
  id: string;
  councilId: string | null;
  title: string;
  issuingBody: string;
  status: HearingStatus;
  receivedAt: string;
  /** Null on a statement on the council's own initiative opened without a deadline (issue 18.4). */
  responseDeadline: string | null;
  inputDeadline: string | null;
  submittedAt: string | null;
  updatedAt: string;
  carriedOverTo: string | null;
  carriedFrom: string | null;
}

/** `GET …/hearings`: one row per hearing, filtered by council and status. */
@Injectable()
export class HearingListProjection implements Projection {
  /**
   * Renamed when rows came to be keyed by stream (so the same id in two councils is two rows), and
   * again when they came to say where a hearing was carried over to or from (issue 18.3): rebuilt once.
   */
  readonly name = 'hearing-list-carried';
  /** Read on the page a user opens right after writing: written in the append's transaction. */
  readonly inline = true;

  async setup(tx: SqlClient): Promise<void> {
    await dropTableWithout(tx, 'hearing_list', 'carried_over_to');
    await tx.query(`CREATE TABLE IF NOT EXISTS hearing_list (
      stream_id text PRIMARY KEY,
      id text NOT NULL,
      council_id text,
      title text NOT NULL,
      issuing_body text NOT NULL,
      status text NOT NULL,
      received_at timestamptz NOT NULL,
      response_deadline timestamptz,
      input_deadline timestamptz,
      submitted_at timestamptz,
      updated_at timestamptz NOT NULL,
      carried_over_to text,
      carried_from text
    )`);
    // Issue 18.4: a table made before own-initiative statements could lack a deadline.
    await tx.query(`ALTER TABLE hearing_list ALTER COLUMN response_deadline DROP NOT NULL`);
    await tx.query(`ALTER TABLE hearing_list ALTER COLUMN input_deadline DROP NOT NULL`);
    await tx.query(
      `CREATE INDEX IF NOT EXISTS hearing_list_council ON hearing_list (council_id, status, response_deadline)`,
    );
  }

  async apply(tx: SqlClient, stored: StoredEvent): Promise<void> {
    const { category, id } = parseStreamId(stored.streamId);
    if (category !== HEARING_CATEGORY) return;
    const event = { type: stored.type, data: stored.data } as HearingEvent;
    const stream = stored.streamId;
    const at = stored.recordedAt;
    if (event.type === 'HearingOpened') {
      const d = event.data;
      await tx.query(
        `INSERT INTO hearing_list (stream_id, id, council_id, title, issuing_body, status, received_at,
           response_deadline, input_deadline, updated_at)
         VALUES ($9, $1, $2, $3, $4, 'open', $5, $6, $7, $8) ON CONFLICT (stream_id) DO NOTHING`,
        [
          id,
          d.councilId ?? stored.metadata.councilId ?? null,
          d.title,
          d.issuingBody,
          d.receivedAt,
          d.responseDeadline ?? null,
          d.inputDeadline ?? null,
          at,
          stream,
        ],
      );
      return;
    }
    if (event.type === 'CaseCarriedOver') {
      await tx.query(`UPDATE hearing_list SET carried_over_to = $2, updated_at = $3 WHERE stream_id = $1`, [
        stream,
        event.data.successorId,
        at,
      ]);
      return;
    }
    if (event.type === 'CaseCarriedIn') {
      // The hearing as its predecessor left it, now the successor's (issue 18.3).
      const h = evolveHearing(initialHearingState, event);
      if (!h.exists) return;
      await tx.query(
        `INSERT INTO hearing_list (stream_id, id, council_id, title, issuing_body, status, received_at,
           response_deadline, input_deadline, submitted_at, updated_at, carried_from)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (stream_id) DO NOTHING`,
        [
          stream,
          id,
          event.data.councilId,
          h.title,
          h.issuingBody,
          h.status,
          h.receivedAt,
          h.responseDeadline,
          h.inputDeadline,
          h.submission?.submittedAt ?? null,
          at,
          event.data.from.councilId,
        ],
      );
      return;
    }
    if (event.type === 'HearingDeadlineExtended') {
      await tx.query(
        `UPDATE hearing_list SET response_deadline = $2, input_deadline = $3, updated_at = $4 WHERE stream_id = $1`,
        [stream, event.data.responseDeadline, event.data.inputDeadline, at],
      );
      return;
    }
    const status = STATUS_AFTER[event.type];
    if (!status) return;
    const submittedAt = event.type === 'HearingResponseSubmitted' ? event.data.submittedAt : null;
    await tx.query(
      `UPDATE hearing_list SET status = $2, submitted_at = COALESCE($3, submitted_at), updated_at = $4 WHERE stream_id = $1`,
      [stream, status, submittedAt, at],
    );
  }

  async reset(tx: SqlClient): Promise<void> {
    await tx.query(`DROP TABLE IF EXISTS hearing_list`);
  }
}

/** Reads the list; `status` narrows it. Ordered by what is due first. */
export async function listHearings(
  sql: Pick<SqlClient, 'query'>,
  councilId: string,
  status?: HearingStatus,
): Promise<HearingListRow[]> {
  const { rows } = await sql.query<{
    id: string;
    council_id: string | null;
    title: string;
    issuing_body: string;
    status: HearingStatus;
    received_at: Date | string;
    response_deadline: Date | string | null;
    input_deadline: Date | string | null;
    submitted_at: Date | string | null;
    updated_at: Date | string;
    carried_over_to: string | null;
    carried_from: string | null;
  }>(
    `SELECT * FROM hearing_list WHERE council_id = $1 AND ($2::text IS NULL OR status = $2)
     ORDER BY response_deadline NULLS LAST, id`,
    [councilId, status ?? null],
  );
  const iso = (v: Date | string) => new Date(v).toISOString();
  return rows.map((r) => ({
    id: r.id,
    councilId: r.council_id,
    title: r.title,
    issuingBody: r.issuing_body,
    status: r.status,
    receivedAt: iso(r.received_at),
    responseDeadline: r.response_deadline === null ? null : iso(r.response_deadline),
    inputDeadline: r.input_deadline === null ? null : iso(r.input_deadline),
    submittedAt: r.submitted_at === null ? null : iso(r.submitted_at),
    updatedAt: iso(r.updated_at),
    carriedOverTo: r.carried_over_to,
    carriedFrom: r.carried_from,
  }));
}

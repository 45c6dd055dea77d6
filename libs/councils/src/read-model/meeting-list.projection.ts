import { dropTableWithout, type StoredEvent } from '@app/event-store';
import { parseStreamId } from '@app/kernel';
import type { MeetingEvent, MeetingKind } from '../meeting/meeting.events';
import { MEETING_CATEGORY } from '../common/stream-ids';
import type { CouncilsProjection, SqlLike } from './sql-like';

export interface MeetingListRow {
  id: string;
  kind: MeetingKind;
  /** Null while the date is to follow. */
  startsAt: string | null;
  endsAt: string | null;
  place: string | null;
  /** A joint meeting: the other councils at it; each has its own copy, on its own list. */
  jointWith: string[];
  /** A joint meeting another council arranged: that council. */
  hostedBy: string | null;
  cancelled: boolean;
  year: number | null;
  agendaItems: number;
  decidedItems: number;
  minutesApproved: boolean;
  revision: number;
}

/**
 * The meetings of each council, across their streams (a list cannot be one fold). Decided items
 * are kept as a set of ids, since a decision corrected before the minutes is a second event.
 */
export class MeetingListProjection implements CouncilsProjection {
  /**
   * Renamed when rows came to be keyed by stream (so the same id in two councils is two rows), and
   * again when meetings could move, be cancelled or have their date to follow, and when they could
   * be joint: rebuilt once each.
   */
  readonly name = 'councils_meeting_list_joint';
  /** Read on the page a user opens right after writing: written in the append's transaction. */
  readonly inline = true;
  readonly tables = ['councils_meeting_list'] as const;

  async setup(tx: SqlLike): Promise<void> {
    await dropTableWithout(tx, 'councils_meeting_list', 'stream_id');
    await dropTableWithout(tx, 'councils_meeting_list', 'cancelled');
    await dropTableWithout(tx, 'councils_meeting_list', 'joint_with');
    await tx.query(`CREATE TABLE IF NOT EXISTS councils_meeting_list (
      stream_id        text        PRIMARY KEY,
      meeting_id       text        NOT NULL,
      council_id       text        NOT NULL,
      kind             text        NOT NULL,
      starts_at        timestamptz,
      starts_at_text   text,
      ends_at_text     text,
      place            text,
      joint_with       jsonb       NOT NULL DEFAULT '[]'::jsonb,
      hosted_by        text,
      cancelled        boolean     NOT NULL DEFAULT false,
      year             integer,
      agenda_items     integer     NOT NULL DEFAULT 0,
      decided_item_ids jsonb       NOT NULL DEFAULT '[]'::jsonb,
      minutes_approved boolean     NOT NULL DEFAULT false,
      revision         bigint      NOT NULL
    )`);
    await tx.query(
      'CREATE INDEX IF NOT EXISTS councils_meeting_list_by_council ON councils_meeting_list (council_id, starts_at)',
    );
  }

  async reset(tx: SqlLike): Promise<void> {
    await tx.query('DROP TABLE IF EXISTS councils_meeting_list');
  }

  async apply(tx: SqlLike, stored: StoredEvent): Promise<void> {
    const { category, id: meetingId } = parseStreamId(stored.streamId);
    if (category !== MEETING_CATEGORY) return;
    const event = stored as unknown as MeetingEvent;
    const stream = stored.streamId;
    switch (event.type) {
      case 'MeetingScheduled': {
        const d = event.data;
        await tx.query(
          `INSERT INTO councils_meeting_list (meeting_id, council_id, kind, starts_at, starts_at_text, ends_at_text, place, year, revision, stream_id, joint_with, hosted_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12) ON CONFLICT (stream_id) DO NOTHING`,
          [
            meetingId,
            d.councilId,
            d.kind,
            d.startsAt ?? null,
            d.startsAt ?? null,
            d.endsAt ?? null,
            d.place ?? null,
            d.year ?? null,
            stored.revision,
            stream,
            JSON.stringify(d.jointWith ?? []),
            d.hostedBy ?? null,
          ],
        );
        return;
      }
      case 'MeetingMoved': {
        const d = event.data;
        await tx.query(
          `UPDATE councils_meeting_list
              SET starts_at = COALESCE($2::timestamptz, starts_at), starts_at_text = COALESCE($3, starts_at_text),
                  ends_at_text = COALESCE($4, ends_at_text), place = COALESCE($5, place), revision = $6
            WHERE stream_id = $1`,
          [
            stream,
            d.startsAt ?? null,
            d.startsAt ?? null,
            d.endsAt ?? null,
            d.place ?? null,
            stored.revision,
          ],
        );
        return;
      }
      case 'MeetingCancelled':
        await tx.query(
          'UPDATE councils_meeting_list SET cancelled = true, revision = $2 WHERE stream_id = $1',
          [stream, stored.revision],
        );
        return;
      case 'AgendaItemAdded':
        await tx.query(
          'UPDATE councils_meeting_list SET agenda_items = agenda_items + 1, revision = $2 WHERE stream_id = $1',
          [stream, stored.revision],
        );
        return;
      case 'AgendaItemDecided':
        await tx.query(
          `UPDATE councils_meeting_list
              SET decided_item_ids = CASE WHEN decided_item_ids ? $2 THEN decided_item_ids
                                          ELSE decided_item_ids || jsonb_build_array($2::text) END,
                  revision = $3
            WHERE stream_id = $1`,
          [stream, event.data.itemId, stored.revision],
        );
        return;
      case 'MinutesApproved':
        await tx.query(
          'UPDATE councils_meeting_list SET minutes_approved = true, revision = $2 WHERE stream_id = $1',
          [stream, stored.revision],
        );
        return;
      default:
        await tx.query('UPDATE councils_meeting_list SET revision = $2 WHERE stream_id = $1', [
          stream,
          stored.revision,
        ]);
    }
  }
}

/** The council's meetings in date order. */
export async function listMeetings(sql: SqlLike, councilId: string): Promise<MeetingListRow[]> {
  const { rows } = await sql.query<{
    meeting_id: string;
    kind: MeetingListRow['kind'];
    starts_at_text: string | null;
    ends_at_text: string | null;
    place: string | null;
    joint_with: string[] | string;
    hosted_by: string | null;
    cancelled: boolean;
    year: number | null;
    agenda_items: number;
    decided: number;
    minutes_approved: boolean;
    revision: string | number;
  }>(
    `SELECT meeting_id, kind, starts_at_text, ends_at_text, place, joint_with, hosted_by, cancelled, year, agenda_items,
            jsonb_array_length(decided_item_ids) AS decided, minutes_approved, revision
       FROM councils_meeting_list
      WHERE council_id = $1
      ORDER BY starts_at NULLS LAST, meeting_id`,
    [councilId],
  );
  return rows.map((r) => ({
    id: r.meeting_id,
    kind: r.kind,
    startsAt: r.starts_at_text,
    endsAt: r.ends_at_text,
    place: r.place,
    jointWith: typeof r.joint_with === 'string' ? (JSON.parse(r.joint_with) as string[]) : r.joint_with,
    hostedBy: r.hosted_by,
    cancelled: r.cancelled,
    year: r.year,
    agendaItems: Number(r.agenda_items),
    decidedItems: Number(r.decided),
    minutesApproved: r.minutes_approved,
    revision: Number(r.revision),
  }));
}

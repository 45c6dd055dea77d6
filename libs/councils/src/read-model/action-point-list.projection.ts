import { dropTableWithout, type StoredEvent } from '@app/event-store';
import { parseStreamId } from '@app/kernel';
import type { MeetingEvent, ReferenceKind } from '../meeting/meeting.events';
import { MEETING_CATEGORY } from '../common/stream-ids';
import type { CouncilsProjection, SqlLike } from './sql-like';

export const ACTION_POINT_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionPointStatus = (typeof ACTION_POINT_STATUSES)[number];

export interface ActionPointRow {
  id: string;
  meetingId: string;
  itemId: string;
  text: string;
  owner: string;
  /** `owner` is the name of someone from the region, not a person id (issue 17). */
  ownerNamed: boolean;
  ownerOrganisation: string | null;
  dueAt: string | null;
  refersTo: { kind: ReferenceKind; id: string } | null;
  status: ActionPointStatus;
  droppedReason: string | null;
}

/**
 * A council's action points across its meetings, for the council's page and the next meeting:
 * a list cannot be one fold. Keyed by stream and id, so the same id in two councils is two rows.
 */
export class ActionPointListProjection implements CouncilsProjection {
  /** Renamed when action points could be dropped and serve a case, and have a named owner: rebuilt once. */
  readonly name = 'councils_action_points_with_named_owner';
  /** Read on the page a user opens right after writing: written in the append's transaction. */
  readonly inline = true;
  readonly tables = ['councils_action_points', 'councils_action_point_meetings'] as const;

  async setup(tx: SqlLike): Promise<void> {
    await dropTableWithout(tx, 'councils_action_points', 'status');
    await dropTableWithout(tx, 'councils_action_points', 'owner_named');
    await tx.query(`CREATE TABLE IF NOT EXISTS councils_action_points (
      stream_id       text        NOT NULL,
      action_point_id text        NOT NULL,
      council_id      text        NOT NULL,
      meeting_id      text        NOT NULL,
      item_id         text        NOT NULL,
      text            text        NOT NULL,
      owner           text        NOT NULL,
      owner_named     boolean     NOT NULL DEFAULT false,
      owner_organisation text,
      due_at          timestamptz,
      due_at_text     text,
      refers_to       jsonb,
      status          text        NOT NULL DEFAULT 'open',
      dropped_reason  text,
      PRIMARY KEY (stream_id, action_point_id)
    )`);
    // A meeting stream written before council namespaces does not name its council: its first event does.
    await tx.query(`CREATE TABLE IF NOT EXISTS councils_action_point_meetings (
      stream_id  text PRIMARY KEY,
      council_id text NOT NULL
    )`);
    await tx.query(
      'CREATE INDEX IF NOT EXISTS councils_action_points_by_council_status ON councils_action_points (council_id, status, due_at)',
    );
  }

  async reset(tx: SqlLike): Promise<void> {
    await tx.query('DROP TABLE IF EXISTS councils_action_points');
    await tx.query('DROP TABLE IF EXISTS councils_action_point_meetings');
  }

  async apply(tx: SqlLike, stored: StoredEvent): Promise<void> {
    const { category, id: meetingId } = parseStreamId(stored.streamId);
    if (category !== MEETING_CATEGORY) return;
    const event = stored as unknown as MeetingEvent;
    if (event.type === 'MeetingScheduled') {
      await tx.query(
        `INSERT INTO councils_action_point_meetings (stream_id, council_id) VALUES ($1, $2)
         ON CONFLICT (stream_id) DO NOTHING`,
        [stored.streamId, event.data.councilId],
      );
    } else if (event.type === 'ActionPointAdded') {
      const d = event.data;
      await tx.query(
        `INSERT INTO councils_action_points (stream_id, action_point_id, council_id, meeting_id, item_id, text, owner, owner_named, owner_organisation, due_at, due_at_text, refers_to)
         SELECT $1, $2, council_id, $3, $4, $5, $6, $7, $8, $9, $10, $11 FROM councils_action_point_meetings WHERE stream_id = $1
         ON CONFLICT (stream_id, action_point_id) DO NOTHING`,
        [
          stored.streamId,
          d.actionPointId,
          meetingId,
          d.itemId,
          d.text,
          d.owner,
          d.ownerNamed === true,
          d.ownerOrganisation ?? null,
          d.dueAt ?? null,
          d.dueAt ?? null,
          d.refersTo ? JSON.stringify(d.refersTo) : null,
        ],
      );
    } else if (event.type === 'ActionPointCompleted') {
      await tx.query(
        "UPDATE councils_action_points SET status = 'done' WHERE stream_id = $1 AND action_point_id = $2",
        [stored.streamId, event.data.actionPointId],
      );
    } else if (event.type === 'ActionPointDropped') {
      await tx.query(
        "UPDATE councils_action_points SET status = 'dropped', dropped_reason = $3 WHERE stream_id = $1 AND action_point_id = $2",
        [stored.streamId, event.data.actionPointId, event.data.reason],
      );
    }
  }
}

/** A council's action points, the earliest due first; `status` open, done or dropped, or all. */
export async function listActionPoints(
  sql: SqlLike,
  councilId: string,
  status?: ActionPointStatus,
): Promise<ActionPointRow[]> {
  const { rows } = await sql.query<{
    action_point_id: string;
    meeting_id: string;
    item_id: string;
    text: string;
    owner: string;
    owner_named: boolean;
    owner_organisation: string | null;
    due_at_text: string | null;
    refers_to: { kind: ReferenceKind; id: string } | null;
    status: ActionPointStatus;
    dropped_reason: string | null;
  }>(
    `SELECT action_point_id, meeting_id, item_id, text, owner, owner_named, owner_organisation, due_at_text, refers_to, status, dropped_reason
       FROM councils_action_points
      WHERE council_id = $1 AND ($2::text IS NULL OR status = $2::text)
      ORDER BY due_at NULLS LAST, meeting_id, action_point_id`,
    [councilId, status ?? null],
  );
  return rows.map((r) => ({
    id: r.action_point_id,
    meetingId: r.meeting_id,
    itemId: r.item_id,
    text: r.text,
    owner: r.owner,
    ownerNamed: r.owner_named,
    ownerOrganisation: r.owner_organisation,
    dueAt: r.due_at_text,
    refersTo: r.refers_to,
    status: r.status,
    droppedReason: r.dropped_reason,
  }));
}

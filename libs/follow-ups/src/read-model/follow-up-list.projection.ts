import { Injectable } from '@nestjs/common';
import { dropTableWithout, jsonColumn, type StoredEvent } from '@app/event-store';
import type { Projection } from '@app/event-store';
import { parseStreamId } from '@app/kernel';
import type { FollowUpEvent } from '../domain/follow-up.events';
import { evolveFollowUp, initialFollowUpState, type FollowUpState } from '../domain/follow-up.state';
import { followUpStatus, nextDue, overdueItems } from '../domain/follow-up.view';
import { FOLLOW_UP_CATEGORY } from '../nest/follow-up.category';
import type { SqlLike } from './sql-like';

export const FOLLOW_UP_LIST_TABLE = 'follow_up_list';

/**
 * The follow-up list (issue 6: filter by status, by what it implements, overdue only). Each row
 * keeps the folded state beside the columns it is filtered by, so the columns are computed by the
 * same code as the single view, and the list can derive progress at the time it is read.
 * `apply` runs inside the ProjectionRunner's transaction together with its checkpoint.
 */
@Injectable()
export class FollowUpListProjection implements Projection {
  /** Renamed when rows came to be keyed by stream (so the same id in two councils is two rows): rebuilt once. */
  readonly name = 'follow-up-list-by-stream';
  /** Read on the page a user opens right after writing: written in the append's transaction. */
  readonly inline = true;
  readonly tables = [FOLLOW_UP_LIST_TABLE] as const;

  async setup(tx: SqlLike): Promise<void> {
    await dropTableWithout(tx, FOLLOW_UP_LIST_TABLE, 'stream_id');
    await tx.query(`
      CREATE TABLE IF NOT EXISTS ${FOLLOW_UP_LIST_TABLE} (
        stream_id text PRIMARY KEY,
        follow_up_id text NOT NULL,
        council_id text,
        title text NOT NULL,
        status text NOT NULL,
        implements_kind text NOT NULL,
        implements_id text NOT NULL,
        overdue boolean NOT NULL,
        next_due_at text,
        created_at text,
        revision integer NOT NULL,
        state jsonb NOT NULL
      )`);
    await tx.query(
      `CREATE INDEX IF NOT EXISTS ${FOLLOW_UP_LIST_TABLE}_council ON ${FOLLOW_UP_LIST_TABLE} (council_id, created_at)`,
    );
  }

  async apply(tx: SqlLike, event: StoredEvent): Promise<void> {
    const { category, id } = parseStreamId(event.streamId);
    if (category !== FOLLOW_UP_CATEGORY) return;
    const { rows } = await tx.query<{ state: unknown }>(
      `SELECT state FROM ${FOLLOW_UP_LIST_TABLE} WHERE stream_id = $1`,
      [event.streamId],
    );
    const before = rows[0] ? jsonColumn<FollowUpState>(rows[0].state) : initialFollowUpState;
    const state = evolveFollowUp(before, { type: event.type, data: event.data } as FollowUpEvent);
    if (!state.exists || !state.implements) return;
    const due = nextDue(state);
    await tx.query(
      `INSERT INTO ${FOLLOW_UP_LIST_TABLE}
         (follow_up_id, council_id, title, status, implements_kind, implements_id, overdue, next_due_at, created_at, revision, state, stream_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12)
       ON CONFLICT (stream_id) DO UPDATE SET
         council_id = EXCLUDED.council_id, title = EXCLUDED.title, status = EXCLUDED.status,
         implements_kind = EXCLUDED.implements_kind, implements_id = EXCLUDED.implements_id,
         overdue = EXCLUDED.overdue, next_due_at = EXCLUDED.next_due_at, created_at = EXCLUDED.created_at,
         revision = EXCLUDED.revision, state = EXCLUDED.state`,
      [
        id,
        state.councilId ?? event.metadata.councilId ?? null,
        state.title,
        followUpStatus(state),
        state.implements.kind,
        state.implements.id,
        overdueItems(state).length > 0,
        due ? new Date(due.dueAt).toISOString() : null,
        state.createdAt ?? event.recordedAt,
        event.revision,
        JSON.stringify(state),
        event.streamId,
      ],
    );
  }

  async reset(tx: SqlLike): Promise<void> {
    await tx.query(`DROP TABLE IF EXISTS ${FOLLOW_UP_LIST_TABLE}`);
  }
}

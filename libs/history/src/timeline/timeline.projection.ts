import type { StoredEvent } from '@app/event-store';
import { CASE_KINDS } from '@app/kernel';
import { councilOf } from '../case/case-stream.reader';
import { describeEvent } from '../case/describe-event';
import { splitStreamId, type CaseKindRegistry } from '../registry/case-kind-registry';
import type { HistoryProjection, SqlLike } from '../registry/history-projection';

/** `hearing` -> `hearings`, for every kind the kernel names, registered or not. */
const KIND_OF_CATEGORY = new Map<string, string>(
  Object.entries(CASE_KINDS).map(([kind, category]) => [category, kind]),
);

/**
 * Every event of every council, one row each, keyed by global position: the timeline is read as
 * `WHERE council_id = $1 AND position > $2 ORDER BY position`, which the primary key serves
 * (paging by exactly the order it sorts by, DESIGN.md).
 */
export class TimelineProjection implements HistoryProjection {
  readonly name = 'timeline';
  readonly tables = ['timeline'] as const;

  constructor(private readonly registry: CaseKindRegistry) {}

  async setup(tx: SqlLike): Promise<void> {
    await tx.query(`CREATE TABLE IF NOT EXISTS timeline (
      council_id   text        NOT NULL,
      position     bigint      NOT NULL,
      event_id     text        NOT NULL,
      stream_id    text        NOT NULL,
      kind         text        NOT NULL,
      case_id      text        NOT NULL,
      revision     bigint      NOT NULL,
      type         text        NOT NULL,
      data         jsonb       NOT NULL,
      actor_person text        NOT NULL,
      actor_role   text        NOT NULL,
      recorded_at  timestamptz NOT NULL,
      occurred_at  timestamptz,
      description  text        NOT NULL,
      PRIMARY KEY (council_id, position)
    )`);
  }

  async reset(tx: SqlLike): Promise<void> {
    await tx.query('DELETE FROM timeline');
  }

  async apply(tx: SqlLike, event: StoredEvent): Promise<void> {
    const councilId = councilOf(event);
    if (councilId === undefined) return;
    const found = this.registry.caseOf(event.streamId);
    const { category, id } = splitStreamId(event.streamId);
    const actor = event.metadata.actor ?? { personId: 'unknown', role: 'system' };
    await tx.query(
      `INSERT INTO timeline (council_id, position, event_id, stream_id, kind, case_id, revision, type, data,
         actor_person, actor_role, recorded_at, occurred_at, description)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, $13, $14)
       ON CONFLICT DO NOTHING`,
      [
        councilId,
        event.position,
        event.id,
        event.streamId,
        found?.kind ?? KIND_OF_CATEGORY.get(category) ?? category,
        id,
        event.revision,
        event.type,
        JSON.stringify(event.data ?? null),
        actor.personId,
        actor.role,
        event.metadata.recordedAt ?? event.recordedAt,
        event.metadata.occurredAt ?? null,
        describeEvent(found?.definition, event),
      ],
    );
  }
}

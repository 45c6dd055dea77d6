import { dropTableWithout, type EventStore, type StoredEvent } from '@app/event-store';
import { councilOf } from '../case/case-stream.reader';
import type { CaseKindRegistry } from '../registry/case-kind-registry';
import type { HistoryProjection, SqlLike } from '../registry/history-projection';
import { CaseStateCache } from './case-state-cache';

export interface CaseLinkRow {
  council_id: string | null;
  from_kind: string;
  from_id: string;
  relation: string;
  to_kind: string;
  to_id: string;
  item_id: string;
}

/**
 * Incoming links: which cases point at this one. Outgoing links are data in a case's own events
 * (docs/architecture.md), read by folding it; the reverse direction needs this index. After each event its
 * stream's outgoing links are replaced as a whole, so a link an event removes disappears too.
 */
export class CaseLinksProjection implements HistoryProjection {
  /** Renamed when rows came to be keyed by the linking case's stream (so two councils' same ids stay apart): rebuilt once. */
  readonly name = 'case_links_by_stream';
  readonly tables = ['case_links'] as const;
  private readonly cache: CaseStateCache;
  /** Last links written per stream: most events change no link, and replay should not rewrite them. */
  private readonly written = new Map<string, string>();
  private lastPosition = -1;

  constructor(
    private readonly registry: CaseKindRegistry,
    store: EventStore,
  ) {
    this.cache = new CaseStateCache(store);
  }

  async setup(tx: SqlLike): Promise<void> {
    await dropTableWithout(tx, 'case_links', 'from_stream');
    await tx.query(`CREATE TABLE IF NOT EXISTS case_links (
      from_stream text NOT NULL,
      council_id text,
      from_kind  text NOT NULL,
      from_id    text NOT NULL,
      relation   text NOT NULL,
      to_kind    text NOT NULL,
      to_id      text NOT NULL,
      item_id    text NOT NULL DEFAULT '',
      PRIMARY KEY (from_stream, relation, to_kind, to_id, item_id)
    )`);
    await tx.query('CREATE INDEX IF NOT EXISTS case_links_to ON case_links (council_id, to_kind, to_id)');
  }

  async reset(tx: SqlLike): Promise<void> {
    this.cache.clear();
    this.written.clear();
    this.lastPosition = -1;
    await tx.query('DELETE FROM case_links');
  }

  async apply(tx: SqlLike, event: StoredEvent): Promise<void> {
    const found = this.registry.caseOf(event.streamId);
    if (!found) return;
    // An event at or before the last one seen is a batch retried after a rollback: the memory
    // of what was written may be ahead of the table, so forget it.
    if (event.position <= this.lastPosition || this.written.size > 10_000) {
      this.written.clear();
      this.cache.clear();
    }
    this.lastPosition = event.position;
    const state = await this.cache.after(tx, found.definition, event);
    const links = found.definition.links(state);
    const key = JSON.stringify(links);
    if (this.written.get(event.streamId) === key) return;
    await tx.query('DELETE FROM case_links WHERE from_stream = $1', [event.streamId]);
    for (const link of links) {
      await tx.query(
        `INSERT INTO case_links (council_id, from_kind, from_id, relation, to_kind, to_id, item_id, from_stream)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
        [
          councilOf(event) ?? null,
          found.kind,
          found.id,
          link.relation,
          link.kind,
          link.id,
          link.itemId ?? '',
          event.streamId,
        ],
      );
    }
    this.written.set(event.streamId, key);
  }
}

/** Cases of this council that link to the given one. */
export async function incomingLinks(
  sql: SqlLike,
  councilId: string,
  kind: string,
  id: string,
): Promise<CaseLinkRow[]> {
  const { rows } = await sql.query<CaseLinkRow>(
    `SELECT council_id, from_kind, from_id, relation, to_kind, to_id, item_id FROM case_links
     WHERE to_kind = $1 AND to_id = $2 AND council_id = $3
     ORDER BY from_kind, from_id, relation, item_id`,
    [kind, id, councilId],
  );
  return rows;
}

import { InvalidInputError, recordedLater, type Actor } from '@app/kernel';
import type { SentenceLanguage } from '@app/event-sentences';
import type { CaseKindDefinition, EventMetadata, DomainEvent } from '@app/kernel';
import { describeEvent, describeEventIn } from '../case/describe-event';
import type { SqlLike } from '../registry/history-projection';
import { councilLineage } from './council-lineage';

export interface TimelineQuery {
  /** Epoch ms, inclusive, by business time (`occurredAt` where given, else recorded). */
  from?: number;
  /** Epoch ms, exclusive, by business time. */
  to?: number;
  kinds?: string[];
  /** Issue 19: one case's events (with `kinds`, of that kind). */
  caseId?: string;
  /** Issue 19: the events a person did, or that name them as `personId` (input given for them, their appointment). */
  person?: string;
  /** Global position of the last entry of the previous page. */
  after?: number;
  limit?: number;
  /** Epoch ms: the timeline as it stood then (events recorded at or before it). */
  asOf?: number;
  /** The descriptions' language; the read model keeps the English line, others are said on reading. */
  language?: SentenceLanguage;
  /** Issue 18.3: the councils whose events to include (the council and its predecessors); default the council. */
  councils?: string[];
  /** Who reads: a kind with parts not for every reader (a meeting's closed items) shows them what they may see. */
  reader?: Actor;
}

export interface TimelineEntry {
  position: number;
  kind: string;
  id: string;
  eventId: string;
  revision: number;
  type: string;
  data: unknown;
  actor: Actor;
  recordedAt: string;
  occurredAt?: string;
  /** Written down more than a day after it happened: shown with both times. */
  recordedLater?: true;
  description: string;
  /** Only on a timeline spanning predecessors (issue 18.3): the council the event belongs to. */
  councilId?: string;
}

export interface TimelinePage {
  events: TimelineEntry[];
  /** Pass as `after` for the next page; null when this page is the last. */
  next: number | null;
  /** As of a moment: the moment, and the last global position of the council's log then (to cite). */
  asOf?: string;
  position?: number | null;
}

interface Row {
  council_id: string;
  position: string | number;
  kind: string;
  case_id: string;
  event_id: string;
  revision: string | number;
  type: string;
  data: unknown;
  actor_person: string;
  actor_role: Actor['role'];
  recorded_at: Date | string;
  occurred_at: Date | string | null;
  description: string;
}

export const DEFAULT_TIMELINE_LIMIT = 100;
export const MAX_TIMELINE_LIMIT = 1000;

/**
 * Issue 7, part 4: a council's events in the order they were recorded, paged by global position
 * (paging by the order it sorts by, so concurrent writes never skip or repeat an entry); `from`
 * and `to` select by business time, so a 2022 meeting entered today is in 2022's page.
 */
export class TimelineService {
  constructor(
    private readonly sql: SqlLike,
    /** The kinds' rules on what a reader may see; without them every entry is shown whole. */
    private readonly kinds?: { has(kind: string): boolean; get(kind: string): CaseKindDefinition },
  ) {}

  /** Issue 18.3: the council and the councils it succeeds. */
  lineage(councilId: string): Promise<string[]> {
    return councilLineage(this.sql, councilId);
  }

  async page(councilId: string, query: TimelineQuery = {}): Promise<TimelinePage> {
    const limit = query.limit ?? DEFAULT_TIMELINE_LIMIT;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TIMELINE_LIMIT) {
      throw new InvalidInputError(`limit must be between 1 and ${MAX_TIMELINE_LIMIT}`, 'limit');
    }
    const councils = query.councils ?? [councilId];
    const params: unknown[] = [councils, query.after ?? -1];
    const where = ['council_id = ANY($1::text[])', 'position > $2'];
    if (query.from !== undefined) {
      params.push(new Date(query.from).toISOString());
      where.push(`COALESCE(occurred_at, recorded_at) >= $${params.length}`);
    }
    if (query.to !== undefined) {
      params.push(new Date(query.to).toISOString());
      where.push(`COALESCE(occurred_at, recorded_at) < $${params.length}`);
    }
    if (query.asOf !== undefined) {
      params.push(new Date(query.asOf).toISOString());
      where.push(`recorded_at <= $${params.length}`);
    }
    if (query.kinds && query.kinds.length > 0) {
      params.push(query.kinds);
      where.push(`kind = ANY($${params.length}::text[])`);
    }
    if (query.caseId !== undefined) {
      params.push(query.caseId);
      where.push(`case_id = $${params.length}`);
    }
    if (query.person !== undefined) {
      params.push(query.person);
      where.push(`(actor_person = $${params.length} OR data->>'personId' = $${params.length})`);
    }
    params.push(limit + 1);
    const { rows } = await this.sql.query<Row>(
      `SELECT council_id, position, kind, case_id, event_id, revision, type, data, actor_person, actor_role,
              recorded_at, occurred_at, description
       FROM timeline WHERE ${where.join(' AND ')} ORDER BY position LIMIT $${params.length}`,
      params,
    );
    const spans = councils.length > 1;
    const shown = await this.shownTo(query.reader, rows.slice(0, limit));
    const page = shown.map((row) => ({
      ...toEntry(row, query.language ?? 'en'),
      ...(spans && { councilId: row.council_id }),
    }));
    return {
      events: page,
      next: rows.length > limit ? page[page.length - 1].position : null,
      ...(query.asOf !== undefined && (await this.citation(councils, query.asOf))),
    };
  }

  /**
   * Issue 17.3: the rows as `reader` may see them, by their kind's own rule, which reads the whole
   * case (all its rows) to know which parts are withheld; the line is said again from what is shown.
   */
  private async shownTo(reader: Actor | undefined, rows: Row[]): Promise<Row[]> {
    const kinds = this.kinds;
    if (!reader || !kinds) return rows;
    const ruled = (kind: string) =>
      kinds.has(kind) ? kinds.get(kind).eventsForReader?.(reader, []) && kinds.get(kind) : undefined;
    const cases = new Map<string, { definition: CaseKindDefinition; row: Row }>();
    for (const row of rows) {
      const definition = ruled(row.kind);
      if (definition) cases.set(`${row.council_id} ${row.kind} ${row.case_id}`, { definition, row });
    }
    if (cases.size === 0) return rows;
    const shows = new Map<string, (event: { type: string; data: unknown }) => unknown>();
    for (const [key, { definition, row }] of cases) {
      const { rows: events } = await this.sql.query<{ type: string; data: unknown }>(
        'SELECT type, data FROM timeline WHERE council_id = $1 AND kind = $2 AND case_id = $3 ORDER BY position',
        [row.council_id, row.kind, row.case_id],
      );
      const show = definition.eventsForReader!(reader, events);
      if (show) shows.set(key, show);
    }
    return rows.map((row) => {
      const key = `${row.council_id} ${row.kind} ${row.case_id}`;
      const show = shows.get(key);
      if (!show) return row;
      const data = show(row);
      if (data === row.data) return row;
      const actor = { personId: row.actor_person, role: row.actor_role };
      const event = { type: row.type, data, metadata: { actor } as EventMetadata } as DomainEvent & {
        metadata: EventMetadata;
      };
      return { ...row, data, description: describeEvent(cases.get(key)!.definition, event) };
    });
  }

  /** The global position of the council's last event in the timeline, or -1 before its first. */
  async lastPosition(councilId: string): Promise<number> {
    return (await this.citation([councilId], Date.now())).position ?? -1;
  }

  /** The moment and the council's last position then, the same on every page of one reading. */
  private async citation(
    councils: string[],
    asOf: number,
  ): Promise<{ asOf: string; position: number | null }> {
    const at = new Date(asOf).toISOString();
    const { rows } = await this.sql.query<{ position: string | number | null }>(
      'SELECT max(position) AS position FROM timeline WHERE council_id = ANY($1::text[]) AND recorded_at <= $2',
      [councils, at],
    );
    const position = rows[0]?.position;
    return { asOf: at, position: position === null || position === undefined ? null : Number(position) };
  }
}

function toEntry(row: Row, language: SentenceLanguage): TimelineEntry {
  const recordedAt = new Date(row.recorded_at).toISOString();
  const occurredAt = row.occurred_at === null ? undefined : new Date(row.occurred_at).toISOString();
  return {
    position: Number(row.position),
    kind: row.kind,
    id: row.case_id,
    eventId: row.event_id,
    revision: Number(row.revision),
    type: row.type,
    data: row.data,
    actor: { personId: row.actor_person, role: row.actor_role },
    recordedAt,
    ...(occurredAt !== undefined && { occurredAt }),
    ...(recordedLater(occurredAt, recordedAt) && { recordedLater: true as const }),
    description:
      describeEventIn(language, row.kind, {
        type: row.type,
        data: row.data,
        actor: { personId: row.actor_person, role: row.actor_role },
      }) ?? row.description,
  };
}

import { jsonColumn } from '@app/event-store';
import { followUpProgress, type FollowUpProgress } from '../domain/follow-up.progress';
import type { FollowUpState } from '../domain/follow-up.state';
import type { ImplementsRef } from '../domain/follow-up.types';
import { followUpStatus, nextDue, overdueItems } from '../domain/follow-up.view';
import { FOLLOW_UP_LIST_TABLE } from './follow-up-list.projection';
import type { SqlLike } from './sql-like';

export interface FollowUpListFilter {
  status?: string;
  implementsKind?: string;
  implementsId?: string;
  overdueOnly?: boolean;
}

export interface FollowUpListItem {
  id: string;
  title: string;
  status: string;
  implements: ImplementsRef;
  responsible: string | null;
  areas: string[];
  revision: number;
  nextDue: { id: string; kind: string; dueAt: string } | null;
  overdue: { id: string; kind: string; dueAt: string }[];
  progress: FollowUpProgress;
  /** Issue 18.3: the successor it was carried over to, or the predecessor it came from. */
  carriedOverTo: string | null;
  carriedFrom: string | null;
}

/** Reads the list; progress is derived at `now`, like the single view. */
export async function listFollowUps(
  sql: SqlLike,
  councilId: string,
  filter: FollowUpListFilter,
  now: string,
): Promise<FollowUpListItem[]> {
  const where = ['council_id = $1'];
  const params: unknown[] = [councilId];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replace('?', `$${params.length}`));
  };
  if (filter.status) add('status = ?', filter.status);
  if (filter.implementsKind) add('implements_kind = ?', filter.implementsKind);
  if (filter.implementsId) add('implements_id = ?', filter.implementsId);
  if (filter.overdueOnly) where.push('overdue');
  const { rows } = await sql.query<{ state: unknown; revision: number }>(
    `SELECT state, revision FROM ${FOLLOW_UP_LIST_TABLE} WHERE ${where.join(' AND ')}
     ORDER BY created_at, follow_up_id`,
    params,
  );
  return rows.map((row) => {
    const state = jsonColumn<FollowUpState>(row.state);
    return {
      id: state.id,
      title: state.title,
      status: followUpStatus(state),
      implements: state.implements as ImplementsRef,
      responsible: state.responsible?.unit ?? null,
      areas: state.areas ?? [],
      revision: Number(row.revision),
      nextDue: nextDue(state),
      overdue: overdueItems(state),
      progress: followUpProgress(state, now),
      carriedOverTo: state.carriedOverTo ?? null,
      carriedFrom: state.carriedFrom?.councilId ?? null,
    };
  });
}

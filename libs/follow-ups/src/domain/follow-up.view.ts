import { obligationsOf, openObligations } from './follow-up.obligations';
import { followUpProgress, type FollowUpProgress } from './follow-up.progress';
import type { FollowUpState } from './follow-up.state';

export type FollowUpStatus = 'planned' | 'in-progress' | 'concluded';

export function followUpStatus(state: FollowUpState): FollowUpStatus {
  if (state.verdict) return 'concluded';
  const begun = state.phases.some((p) => p.startedOn !== undefined) || state.reports.length > 0;
  return begun ? 'in-progress' : 'planned';
}

/** Deadlines whose passing was recorded and that are still not met (what "overdue only" lists). */
export function overdueItems(state: FollowUpState) {
  return openObligations(state)
    .filter((o) => o.overdueRecorded)
    .map(({ id, kind, dueAt, milestoneId }) => ({ id, kind, dueAt, ...(milestoneId && { milestoneId }) }));
}

/** The earliest thing still owed, whatever its standing. */
export function nextDue(state: FollowUpState) {
  const owed = openObligations(state).sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0];
  return owed ? { id: owed.id, kind: owed.kind, dueAt: owed.dueAt } : null;
}

export interface FollowUpView {
  id: string;
  status: FollowUpStatus;
  progress: FollowUpProgress;
  [field: string]: unknown;
}

/**
 * The body of `GET …/follow-ups/:id`. `now` decides `onSchedule`; read from history without a
 * time (`?asOf=`), it is the time of the last event folded, i.e. the standing as it was then.
 */
export function followUpView(state: FollowUpState, id: string, now?: string): FollowUpView {
  const at = now ?? state.lastEventAt ?? state.createdAt ?? new Date(0).toISOString();
  const owedMilestones = new Map(
    obligationsOf(state)
      .filter((o) => o.kind === 'milestone')
      .map((o) => [o.milestoneId, o]),
  );
  return {
    id: state.id || id,
    title: state.title,
    status: followUpStatus(state),
    implements: state.implements,
    responsible: state.responsible,
    grants: state.grants,
    ...(state.grantsFrom && { grantsFrom: state.grantsFrom }),
    phases: state.phases.map((p) => ({
      id: p.id,
      name: p.name,
      plannedStart: p.plannedStart,
      plannedEnd: p.plannedEnd ?? null,
      startedOn: p.startedOn ?? null,
      completedOn: p.completedOn ?? null,
    })),
    milestones: state.milestones.map((m) => ({
      id: m.id,
      name: m.name,
      due: m.due,
      status: m.outcome ?? (owedMilestones.get(m.id)?.overdueRecorded ? 'overdue' : 'pending'),
      completedOn: m.completedOn ?? null,
    })),
    indicators: state.indicators,
    reportEvery: state.reportEvery ?? null,
    evaluationDue: state.evaluationDue ?? null,
    reminderOffsets: state.reminderOffsets,
    areas: state.areas ?? [],
    reports: state.reports,
    planRevisions: state.revisions,
    evaluation: state.evaluation ?? null,
    evaluations: state.evaluations,
    verdict: state.verdict ?? null,
    nextDue: nextDue(state),
    overdue: overdueItems(state),
    createdAt: state.createdAt ?? null,
    progress: followUpProgress(state, at),
    ...(state.carriedOverTo !== undefined && { carriedOverTo: state.carriedOverTo }),
    ...(state.carriedFrom !== undefined && { carriedFrom: state.carriedFrom }),
  };
}

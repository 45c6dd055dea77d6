import { shiftByDuration } from '@app/kernel';
import type { FollowUpDeadlineKind } from './follow-up.events';
import type { FollowUpState } from './follow-up.state';

/** Something the follow-up owes by a time: the next status report, a milestone, the evaluation. */
export interface Obligation {
  /** Stable per obligation: the scheduler's deadline id, and the key the overdue record uses. */
  id: string;
  kind: FollowUpDeadlineKind;
  dueAt: string;
  milestoneId?: string;
  reportNumber?: number;
  /** Its passing has already been recorded (StatusReportOverdue / MilestoneOverdue / EvaluationOverdue). */
  overdueRecorded: boolean;
}

export const STATUS_REPORT_DEADLINE = 'status-report-';
export const MILESTONE_DEADLINE = 'milestone-';
export const EVALUATION_DEADLINE = 'evaluation';

/**
 * Everything still owed, whether or not its time has come. The next report falls due one
 * interval after the last report was submitted, or after the creation when there is none yet
 * (issue 6: "each interval after the last report"). Ignores the verdict; see `openObligations`.
 */
export function obligationsOf(state: FollowUpState): Obligation[] {
  if (!state.exists) return [];
  const owed: Obligation[] = [];
  if (state.reportEvery !== undefined && state.createdAt !== undefined) {
    const reportNumber = state.reports.length + 1;
    const base = state.reports.at(-1)?.submittedAt ?? state.createdAt;
    owed.push({
      id: `${STATUS_REPORT_DEADLINE}${reportNumber}`,
      kind: 'status-report',
      dueAt: shiftByDuration(base, state.reportEvery).toISOString(),
      reportNumber,
      overdueRecorded: state.reportsOverdue.includes(reportNumber),
    });
  }
  for (const m of state.milestones) {
    if (m.outcome !== undefined) continue;
    owed.push({
      id: `${MILESTONE_DEADLINE}${m.id}`,
      kind: 'milestone',
      dueAt: m.due,
      milestoneId: m.id,
      overdueRecorded: m.overdueFor === m.due,
    });
  }
  if (state.evaluationDue !== undefined && state.evaluation === undefined) {
    owed.push({
      id: EVALUATION_DEADLINE,
      kind: 'evaluation',
      dueAt: state.evaluationDue,
      overdueRecorded: state.evaluationOverdueFor === state.evaluationDue,
    });
  }
  return owed;
}

/** After the verdict nothing more falls due: the follow-up has ended. */
export function openObligations(state: FollowUpState): Obligation[] {
  return state.verdict ? [] : obligationsOf(state);
}

import { list, within, type Period, type ReportEvent } from './report-event';

/** Every aggregate records a missed deadline as an event of its own (docs/conventions.md); these are they. */
export const MISSED_DEADLINE_TYPES = [
  'InputDeadlinePassed',
  'ApprovalDeadlinePassed',
  'HearingLapsed',
  'SubmissionDeadlinePassed',
  'BudgetProposalSubmissionDeadlineMissed',
  'StatusReportOverdue',
  'MilestoneOverdue',
  'EvaluationOverdue',
] as const;

export interface ReminderFigures {
  /** RemindersIssued events recorded in the period (the same type name in every aggregate). */
  issued: number;
  /** People reminded, counted once per reminder. */
  recipients: number;
  byKind: Record<string, number>;
}

export interface DeadlineFigures {
  missed: number;
  byType: Record<string, number>;
}

/** Reminders issued and deadlines missed (issue 7), by when the system recorded them. */
export function reminderFigures(events: readonly ReportEvent[], period: Period): ReminderFigures {
  const f: ReminderFigures = { issued: 0, recipients: 0, byKind: {} };
  for (const e of events) {
    if (e.type !== 'RemindersIssued' || !within(e.recordedAt, period)) continue;
    f.issued++;
    f.recipients += list(e.data.recipients).length;
    f.byKind[e.kind] = (f.byKind[e.kind] ?? 0) + 1;
  }
  return f;
}

export function deadlineFigures(events: readonly ReportEvent[], period: Period): DeadlineFigures {
  const f: DeadlineFigures = { missed: 0, byType: {} };
  const types = new Set<string>(MISSED_DEADLINE_TYPES);
  for (const e of events) {
    if (!types.has(e.type) || !within(e.recordedAt, period)) continue;
    f.missed++;
    f.byType[e.type] = (f.byType[e.type] ?? 0) + 1;
  }
  return f;
}

import { budgetFigures, type BudgetFigures } from './budget-figures';
import { councilMembers } from './council-members';
import {
  deadlineFigures,
  reminderFigures,
  type DeadlineFigures,
  type ReminderFigures,
} from './deadline-figures';
import { followUpFigures, type FollowUpFigures } from './follow-up-figures';
import { hearingFigures, type HearingFigures } from './hearing-figures';
import { meetingFigures, type MeetingFigures } from './meeting-figures';
import type { Period, ReportEvent } from './report-event';

export interface EvaluationReport {
  councilId: string;
  period: { from: string; to: string };
  /** How many of the council's events (recorded before the end of the period) it was computed from. */
  events: number;
  hearings: HearingFigures;
  budgetProposals: BudgetFigures;
  followUps: FollowUpFigures;
  meetings: MeetingFigures;
  reminders: ReminderFigures;
  deadlines: DeadlineFigures;
}

/**
 * Seed 004 in figures. A pure function of the council's events recorded before the end of the
 * period, so a past period's report is the same whenever it is asked for: nothing recorded
 * later (a late correction, a verdict given afterwards) can change it.
 */
export function evaluationReport(
  councilId: string,
  events: readonly ReportEvent[],
  period: Period,
): EvaluationReport {
  const known = events.filter((e) => Date.parse(e.recordedAt) < period.to);
  const members = councilMembers(known);
  return {
    councilId,
    period: { from: new Date(period.from).toISOString(), to: new Date(period.to).toISOString() },
    events: known.length,
    hearings: hearingFigures(known, period, members.organisationOf),
    budgetProposals: budgetFigures(known, period),
    followUps: followUpFigures(known, period),
    meetings: meetingFigures(known, period, members.membersAt),
    reminders: reminderFigures(known, period),
    deadlines: deadlineFigures(known, period),
  };
}

import { budgetFigures, type BudgetFigures } from './budget-figures';
import { councilFigures, type CouncilFigures } from './council-figures';
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
import { termFigures, type TermFigures } from './yearly-figures';

export interface EvaluationReport {
  councilId: string;
  /** Issue 18.3: the predecessors whose history the report includes, when asked to. */
  includes?: string[];
  period: { from: string; to: string };
  /** How many of the council's events (that happened before the end of the period) it was computed from. */
  events: number;
  hearings: HearingFigures;
  budgetProposals: BudgetFigures;
  followUps: FollowUpFigures;
  meetings: MeetingFigures;
  reminders: ReminderFigures;
  deadlines: DeadlineFigures;
  council: CouncilFigures;
  /** Issue 18.5: per year of the council's calendar, attendance per member and organisation, cases by area. */
  perYear: TermFigures;
}

/**
 * Seed 004 in figures. A pure function of the council's events that happened before the end of
 * the period, by business time (`at`: `occurredAt` where given, else when recorded). A meeting of
 * 2022 entered today counts in 2022, not today; what happens after the period (a verdict given
 * afterwards) never changes it, but what is entered later about the period does: that is the record
 * being completed, and the timeline shows such an event as recorded later.
 */
export function evaluationReport(
  councilId: string,
  events: readonly ReportEvent[],
  period: Period,
  timeZone = 'UTC',
): EvaluationReport {
  const known = events.filter((e) => Date.parse(e.at) < period.to);
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
    council: councilFigures(known, period),
    perYear: termFigures(known, period, members, timeZone),
  };
}

import { byCase, list, num, str, within, type Period, type ReportEvent } from './report-event';

export interface BudgetFigures {
  /** Proposals submitted in the period (BudgetProposalSubmitted.at). */
  submitted: number;
  /** Of those, submitted before the council's own deadline for the committee, after it, or with none set. */
  submittedBeforeDeadline: number;
  submittedLate: number;
  submittedWithoutDeadline: number;
  /** Submission deadlines that passed while a proposal was still a draft. */
  submissionDeadlinesMissed: number;
  /** Decisions in the period (BudgetProposalDecided.at), by outcome. */
  decided: { adopted: number; 'partly-adopted': number; rejected: number };
  withdrawn: number;
  /** Granted by the decisions in the period, per budget year (seed 004: "about 30 million DKK"). */
  grantedPerYear: { year: number; amount: number }[];
}

/** Budget proposals (issue 7: by outcome; amount granted per year; submitted before the deadlines). */
export function budgetFigures(events: readonly ReportEvent[], period: Period): BudgetFigures {
  const f: BudgetFigures = {
    submitted: 0,
    submittedBeforeDeadline: 0,
    submittedLate: 0,
    submittedWithoutDeadline: 0,
    submissionDeadlinesMissed: 0,
    decided: { adopted: 0, 'partly-adopted': 0, rejected: 0 },
    withdrawn: 0,
    grantedPerYear: [],
  };
  const granted = new Map<number, number>();
  for (const stream of byCase(events, 'budget-proposals').values()) {
    for (const e of stream) {
      if (e.type === 'BudgetProposalSubmitted' && within(e.data.at, period)) {
        f.submitted++;
        if (e.data.submissionDeadline === undefined) f.submittedWithoutDeadline++;
        else if (e.data.late === true) f.submittedLate++;
        else f.submittedBeforeDeadline++;
      }
      if (e.type === 'BudgetProposalSubmissionDeadlineMissed' && within(e.data.dueAt, period)) {
        f.submissionDeadlinesMissed++;
      }
      if (e.type === 'BudgetProposalWithdrawn' && within(e.data.at, period)) f.withdrawn++;
      if (e.type === 'BudgetProposalDecided' && within(e.data.at, period)) {
        const outcome = str(e.data.outcome);
        if (outcome === 'adopted' || outcome === 'partly-adopted' || outcome === 'rejected')
          f.decided[outcome]++;
        for (const grant of list(e.data.grants)) {
          const year = num(grant.year);
          const amount = num(grant.amount);
          if (year !== undefined && amount !== undefined)
            granted.set(year, (granted.get(year) ?? 0) + amount);
        }
      }
    }
  }
  f.grantedPerYear = [...granted.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, amount]) => ({ year, amount: Math.round(amount * 1e6) / 1e6 }));
  return f;
}

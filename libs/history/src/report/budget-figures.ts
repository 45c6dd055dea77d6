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
  /** Granted by the decisions in the period, per year the money is for (a grant's own year). */
  grantedPerYear: { year: number; amount: number }[];
  /**
   * The same grants counted the way seed 004 does ("ca. 30 mio. kr. i budget 2021"): all years of
   * a decision under the budget it was granted in, the year of the proposal's budget cycle
   * (`budgetYear` null when the cycle is not in the record).
   */
  grantedPerBudgetYear: { budgetYear: number | null; amount: number; proposals: number }[];
}

/**
 * Budget proposals (issue 7: by outcome; amount granted per year; submitted before the deadlines).
 * Money is reported both by the year it is for and by the budget it was granted in (seed 004).
 */
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
    grantedPerBudgetYear: [],
  };
  const granted = new Map<number, number>();
  const byBudget = new Map<number | null, { amount: number; proposals: number }>();
  const budgetYearOf = new Map<string, number>();
  for (const e of events) {
    const cycleId = str(e.data.cycleId);
    const year = num(e.data.year);
    if (e.type === 'BudgetCycleCreated' && cycleId !== undefined && year !== undefined)
      budgetYearOf.set(cycleId, year);
  }
  for (const stream of byCase(events, 'budget-proposals').values()) {
    const cycleId = str(stream.find((e) => e.type === 'BudgetProposalDrafted')?.data.cycleId);
    const budgetYear = (cycleId !== undefined && budgetYearOf.get(cycleId)) || null;
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
        let total = 0;
        for (const grant of list(e.data.grants)) {
          const year = num(grant.year);
          const amount = num(grant.amount);
          if (year !== undefined && amount !== undefined) {
            granted.set(year, (granted.get(year) ?? 0) + amount);
            total += amount;
          }
        }
        if (total > 0) {
          const sum = byBudget.get(budgetYear) ?? { amount: 0, proposals: 0 };
          byBudget.set(budgetYear, { amount: sum.amount + total, proposals: sum.proposals + 1 });
        }
      }
    }
  }
  f.grantedPerYear = [...granted.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, amount]) => ({ year, amount: Math.round(amount * 1e6) / 1e6 }));
  f.grantedPerBudgetYear = [...byBudget.entries()]
    .sort(([a], [b]) => (a ?? Infinity) - (b ?? Infinity))
    .map(([budgetYear, { amount, proposals }]) => ({
      budgetYear,
      amount: Math.round(amount * 1e6) / 1e6,
      proposals,
    }));
  return f;
}

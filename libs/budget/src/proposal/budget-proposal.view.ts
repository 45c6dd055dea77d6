import { totalByYear, withTotals } from './budget-proposal.fields';
import type { BudgetProposalState } from './budget-proposal.state';

/** The JSON of `GET …/budget-proposals/:id` (and of `?asOf=`): the form with its computed totals. */
export function budgetProposalView(state: BudgetProposalState, id: string) {
  const f = state.fields;
  const costs = f.costs ?? [];
  return {
    id: state.id ?? id,
    cycleId: state.cycleId,
    status: state.status,
    title: f.title,
    proposedBy: f.proposedBy,
    committee: f.committee,
    problem: f.problem,
    solution: f.solution,
    financingArea: f.financingArea,
    costs: withTotals(costs),
    totalByYear: totalByYear(costs),
    agreementText: f.agreementText,
    sdgs: f.sdgs ?? [],
    overlaps: f.overlaps ?? [],
    derivedFrom: f.derivedFrom ?? [],
    areas: f.areas ?? [],
    /** Seed 002 keeps the administration's remarks apart from the council's own text. */
    administration: { remarks: state.remarks },
    submission: state.submission,
    discussedAt: state.discussedAt,
    prioritisation: state.prioritisation,
    approvedAt: state.approvedAt,
    negotiationsAt: state.negotiationsAt,
    decision: state.decision,
    withdrawal: state.withdrawal,
    /** Seed 002: the proposals this one was merged from, or the one it was merged into. */
    mergedFrom: state.mergedFrom ?? [],
    mergedInto: state.mergedInto,
    missedDeadlines: state.missedDeadlines,
  };
}

export type BudgetProposalView = ReturnType<typeof budgetProposalView>;

/** The budget cycle's stream category (`CaseLocator` makes its stream ids). */
export const BUDGET_CYCLE_CATEGORY = 'budgetCycle';
/** The budget proposal's stream category. */
export const BUDGET_PROPOSAL_CATEGORY = 'budgetProposal';

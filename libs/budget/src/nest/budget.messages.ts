import { AggregateMessage } from '@app/event-store';
import type { BudgetCycleCommand } from '../cycle/budget-cycle.commands';
import type { BudgetProposalCommand } from '../proposal/budget-proposal.commands';

/** The one bus message for budget cycles (their streams: `CaseLocator`, category `budgetCycle`). */
export class BudgetCycleMessage extends AggregateMessage<BudgetCycleCommand> {}
/** The one bus message for budget proposals (category `budgetProposal`). */
export class BudgetProposalMessage extends AggregateMessage<BudgetProposalCommand> {}

export const BUDGET_CYCLE_CATEGORY = 'budgetCycle';
export const BUDGET_PROPOSAL_CATEGORY = 'budgetProposal';

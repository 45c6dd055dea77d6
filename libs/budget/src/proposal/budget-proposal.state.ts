import type { DecisionOutcome, Grant } from './budget-proposal.events';
import type { ProposalFields } from './budget-proposal.fields';

/** Issue 5's lifecycle; `withdrawn` is reachable from every status before `decided`. */
export const PROPOSAL_STATUSES = [
  'draft',
  'submitted',
  'discussed',
  'prioritised',
  'not-prioritised',
  'approved',
  'in-negotiations',
  'decided',
  'withdrawn',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export interface BudgetProposalState {
  exists: boolean;
  id?: string;
  cycleId?: string;
  councilId?: string;
  status?: ProposalStatus;
  fields: Partial<ProposalFields>;
  remarks?: string;
  submission?: {
    committee: string;
    milestoneId?: string;
    submissionDeadline?: string;
    late: boolean;
    at: string;
  };
  discussedAt?: string;
  prioritisation?: { rank?: number; quota?: number; notPrioritised: boolean; at: string };
  approvedAt?: string;
  negotiationsAt?: string;
  decision?: { outcome: DecisionOutcome; grants: Grant[]; at: string };
  withdrawal?: { reason?: string; at: string };
  missedDeadlines: { cycleId: string; milestoneId: string; committee: string; dueAt: string }[];
}

export const initialBudgetProposalState: BudgetProposalState = {
  exists: false,
  fields: {},
  missedDeadlines: [],
};

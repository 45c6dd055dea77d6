import type { DecisionOutcome, Grant } from './budget-proposal.events';
import type { ProposalFields } from './budget-proposal.fields';

/**
 * Issue 5's lifecycle; `withdrawn` and `merged` (into another proposal) are reachable from every
 * status before `decided`.
 */
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
  'merged',
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
    lateReason?: string;
    at: string;
  };
  discussedAt?: string;
  prioritisation?: { rank?: number; quota?: number; notPrioritised: boolean; at: string };
  approvedAt?: string;
  negotiationsAt?: string;
  decision?: { outcome: DecisionOutcome; grants: Grant[]; at: string };
  withdrawal?: { reason?: string; at: string };
  /** The proposals this one was merged from, and the one it was merged into. */
  mergedFrom: string[];
  mergedInto?: { into: string; at: string };
  missedDeadlines: { cycleId: string; milestoneId: string; committee: string; dueAt: string }[];
}

export const initialBudgetProposalState: BudgetProposalState = {
  exists: false,
  fields: {},
  missedDeadlines: [],
  mergedFrom: [],
};

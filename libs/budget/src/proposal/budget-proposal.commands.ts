import type { Command } from '@app/kernel';
import type { DecisionOutcome, Grant } from './budget-proposal.events';
import type { ProposalFields } from './budget-proposal.fields';

/** Optional business date of a step (when the committee met); defaults to occurredAt, then now. */
interface At {
  at?: string;
}

export type DraftBudgetProposal = Command<
  'DraftBudgetProposal',
  { proposalId: string; cycleId: string; fields: Partial<Record<keyof ProposalFields, unknown>> }
>;
export type ChangeBudgetProposalFields = Command<
  'ChangeBudgetProposalFields',
  { changes: Partial<Record<keyof ProposalFields, unknown>> }
>;
export type WriteBudgetProposalRemarks = Command<'WriteBudgetProposalRemarks', { remarks: string }>;
/**
 * The handler loads the cycle and passes what the decider needs: the committees it has, and the
 * council's submission deadline for the committee's first milestone that has one.
 */
export type SubmitBudgetProposal = Command<
  'SubmitBudgetProposal',
  At & {
    committee?: string;
    /** Joining the cycle after a step was taken (seed 002: written after the prioritisation meeting). */
    lateReason?: string;
    cycle: { committees: string[]; deadlines: { committee: string; milestoneId: string; dueAt: string }[] };
  }
>;
export type RecordBudgetProposalDiscussion = Command<'RecordBudgetProposalDiscussion', At>;
/**
 * `quota` is the committee's quota from the cycle, and `takenRanks` the ranks the committee has
 * already given to its other proposals in the cycle (from the list read model); both are passed
 * in by the handler.
 */
export type PrioritiseBudgetProposal = Command<
  'PrioritiseBudgetProposal',
  At & {
    rank?: number;
    notPrioritised?: boolean;
    quota?: number;
    takenRanks?: { rank: number; proposalId: string }[];
  }
>;
export type ApproveBudgetProposalInCommittee = Command<'ApproveBudgetProposalInCommittee', At>;
export type EnterBudgetNegotiations = Command<'EnterBudgetNegotiations', At>;
export type DecideBudgetProposal = Command<
  'DecideBudgetProposal',
  At & { outcome: DecisionOutcome; grants: Grant[] }
>;
/** What the handler knows of a proposal named in a merge, read from its own stream. */
export interface MergedProposalFacts {
  id: string;
  exists: boolean;
  cycleId?: string;
  status?: string;
  mergedInto?: string;
}
/**
 * Sent to the proposal that results from a merge (seed 002 was merged from two); `replaced` is
 * filled in by the handler. Each replaced proposal then gets `MarkBudgetProposalMerged`.
 */
export type MergeBudgetProposals = Command<
  'MergeBudgetProposals',
  At & { replaces: string[]; replaced?: MergedProposalFacts[] }
>;
export type MarkBudgetProposalMerged = Command<'MarkBudgetProposalMerged', At & { into: string }>;
export type WithdrawBudgetProposal = Command<'WithdrawBudgetProposal', At & { reason?: string }>;
/** Sent by the cycle's handler when a submission deadline passed; records nothing unless a draft. */
export type RecordMissedSubmissionDeadline = Command<
  'RecordMissedSubmissionDeadline',
  { cycleId: string; milestoneId: string; committee: string; dueAt: string }
>;

export type BudgetProposalCommand =
  | DraftBudgetProposal
  | ChangeBudgetProposalFields
  | WriteBudgetProposalRemarks
  | SubmitBudgetProposal
  | RecordBudgetProposalDiscussion
  | PrioritiseBudgetProposal
  | ApproveBudgetProposalInCommittee
  | EnterBudgetNegotiations
  | DecideBudgetProposal
  | WithdrawBudgetProposal
  | MergeBudgetProposals
  | MarkBudgetProposalMerged
  | RecordMissedSubmissionDeadline;

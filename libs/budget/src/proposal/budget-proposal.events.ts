import type { DomainEvent } from '@app/kernel';
import type { FieldName } from './budget-proposal.fields';

/**
 * Every change of a form field is its own `BudgetProposalFieldChanged` (creation too: the draft
 * event carries no text), so the proposal at any two moments can be compared field by field
 * (issue 5). `at` on lifecycle events is the business date of the step (the committee's meeting),
 * which may lie before the moment it was recorded.
 */
export type BudgetProposalDrafted = DomainEvent<
  'BudgetProposalDrafted',
  { proposalId: string; cycleId: string; councilId?: string }
>;
export type BudgetProposalFieldChanged = DomainEvent<
  'BudgetProposalFieldChanged',
  { field: FieldName; value: unknown }
>;
/** The administration's remarks (seed 002: "Administrationens bemærkninger"), by the secretary. */
export type BudgetProposalRemarksWritten = DomainEvent<'BudgetProposalRemarksWritten', { remarks: string }>;
/**
 * `lateReason`: the proposal joined the cycle after a step was taken (seed 002: merged and written
 * after the committee's prioritisation meeting); it is late, and may take the next step directly.
 */
export type BudgetProposalSubmitted = DomainEvent<
  'BudgetProposalSubmitted',
  {
    committee: string;
    milestoneId?: string;
    submissionDeadline?: string;
    late: boolean;
    lateReason?: string;
    at: string;
  }
>;
export type BudgetProposalDiscussed = DomainEvent<'BudgetProposalDiscussed', { at: string }>;
export type BudgetProposalPrioritised = DomainEvent<
  'BudgetProposalPrioritised',
  { rank: number; quota?: number; at: string }
>;
export type BudgetProposalNotPrioritised = DomainEvent<'BudgetProposalNotPrioritised', { at: string }>;
export type BudgetProposalApprovedByCommittee = DomainEvent<
  'BudgetProposalApprovedByCommittee',
  { at: string }
>;
export type BudgetProposalNegotiationsEntered = DomainEvent<
  'BudgetProposalNegotiationsEntered',
  { at: string }
>;
export type DecisionOutcome = 'adopted' | 'partly-adopted' | 'rejected';
export interface Grant {
  year: number;
  amount: number;
}
/** Its name and shape are relied on by follow-ups (docs/conventions.md: cross-lib event names). */
export type BudgetProposalDecided = DomainEvent<
  'BudgetProposalDecided',
  { outcome: DecisionOutcome; grants: Grant[]; at: string }
>;
export type BudgetProposalWithdrawn = DomainEvent<'BudgetProposalWithdrawn', { reason?: string; at: string }>;
/** This proposal is the merge of others (seed 002: "sammenlagt"); they end as merged into it. */
export type BudgetProposalMergedFrom = DomainEvent<
  'BudgetProposalMergedFrom',
  { replaces: string[]; at: string }
>;
/** This proposal was merged into another and goes no further on its own. */
export type BudgetProposalMergedInto = DomainEvent<'BudgetProposalMergedInto', { into: string; at: string }>;
/** A submission deadline passed while the proposal was still a draft (issue 5, deadlines). */
export type BudgetProposalSubmissionDeadlineMissed = DomainEvent<
  'BudgetProposalSubmissionDeadlineMissed',
  { cycleId: string; milestoneId: string; committee: string; dueAt: string }
>;

export type BudgetProposalEvent =
  | BudgetProposalDrafted
  | BudgetProposalFieldChanged
  | BudgetProposalRemarksWritten
  | BudgetProposalSubmitted
  | BudgetProposalDiscussed
  | BudgetProposalPrioritised
  | BudgetProposalNotPrioritised
  | BudgetProposalApprovedByCommittee
  | BudgetProposalNegotiationsEntered
  | BudgetProposalDecided
  | BudgetProposalWithdrawn
  | BudgetProposalMergedFrom
  | BudgetProposalMergedInto
  | BudgetProposalSubmissionDeadlineMissed;

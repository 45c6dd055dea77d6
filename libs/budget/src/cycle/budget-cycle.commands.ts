import type { Command } from '@app/kernel';
import type { ProposalRef } from './budget-cycle.events';

export interface MilestoneInput {
  id: string;
  kind: string;
  committee: string;
  date: string;
  submissionDeadline?: string;
  quota?: number;
}

export type CreateBudgetCycle = Command<
  'CreateBudgetCycle',
  { cycleId: string; year: number; milestones: MilestoneInput[]; reminderOffsets: string[] }
>;
/** Without `submissionDeadline`, the council's deadline keeps its distance to the meeting. */
export type MoveBudgetMilestone = Command<
  'MoveBudgetMilestone',
  { milestoneId: string; date: string; submissionDeadline?: string }
>;
/** Without an id, the milestone is named `<kind>-<n>` like the creation's, skipping ids ever used. */
export type AddBudgetMilestone = Command<
  'AddBudgetMilestone',
  { milestone: Omit<MilestoneInput, 'id'> & { id?: string } }
>;
export type CancelBudgetMilestone = Command<'CancelBudgetMilestone', { milestoneId: string; reason: string }>;
/**
 * Scheduler commands. The handler gathers what the decider cannot know (the proposals of the
 * cycle from the list read model, the recipients from the council) and passes them in.
 */
export type IssueSubmissionReminders = Command<
  'IssueSubmissionReminders',
  {
    reminder: string;
    deadline: string;
    milestoneId: string;
    dueAt: string;
    remindAt: string;
    recipients: string[];
    drafts: ProposalRef[];
    /** Set on a reminder that was missed and goes out after its time (the scheduler rebuilt it). */
    late?: boolean;
  }
>;
export type IssueMilestoneReminders = Command<
  'IssueMilestoneReminders',
  {
    reminder: string;
    deadline: string;
    milestoneId: string;
    dueAt: string;
    remindAt: string;
    recipients: string[];
    proposals: ProposalRef[];
    /** Set on a reminder that was missed and goes out after its time (the scheduler rebuilt it). */
    late?: boolean;
  }
>;
export type RecordSubmissionDeadlinePassed = Command<
  'RecordSubmissionDeadlinePassed',
  { deadline: string; milestoneId: string; dueAt: string; drafts: ProposalRef[] }
>;

export type BudgetCycleCommand =
  | CreateBudgetCycle
  | MoveBudgetMilestone
  | AddBudgetMilestone
  | CancelBudgetMilestone
  | IssueSubmissionReminders
  | IssueMilestoneReminders
  | RecordSubmissionDeadlinePassed;

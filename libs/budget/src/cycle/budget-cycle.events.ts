import type { DomainEvent } from '@app/kernel';

/** Issue 5's milestone kinds, the steps of the region's budget calendar (seed 000). */
export const MILESTONE_KINDS = [
  'first-discussion',
  'prioritisation',
  'final-approval',
  'negotiations',
  'agreement',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export interface Milestone {
  id: string;
  kind: MilestoneKind;
  committee: string;
  /** When the committee meets, ISO 8601. */
  date: string;
  /** The council's own deadline for proposals before this milestone. */
  submissionDeadline?: string;
  /** How many proposals the committee takes forward (seed 000: five). */
  quota?: number;
}

export interface ProposalRef {
  id: string;
  title: string;
}

export type BudgetCycleCreated = DomainEvent<
  'BudgetCycleCreated',
  { cycleId: string; councilId?: string; year: number; milestones: Milestone[]; reminderOffsets: string[] }
>;
export type BudgetMilestoneMoved = DomainEvent<
  'BudgetMilestoneMoved',
  {
    milestoneId: string;
    date: string;
    submissionDeadline?: string;
    previousDate: string;
    previousSubmissionDeadline?: string;
  }
>;
/** A committee meeting the region added to its calendar after the cycle was created. */
export type BudgetMilestoneAdded = DomainEvent<'BudgetMilestoneAdded', { milestone: Milestone }>;
/** A meeting taken off the calendar, with the reason; it is kept as it was planned, for the history. */
export type BudgetMilestoneCancelled = DomainEvent<
  'BudgetMilestoneCancelled',
  { milestoneId: string; reason: string; milestone: Milestone }
>;
/**
 * The same type name as every aggregate's reminders (docs/conventions.md), so evaluators see who was
 * reminded of what. `about` says which of the cycle's two reminders this is.
 */
export type BudgetRemindersIssued = DomainEvent<
  'RemindersIssued',
  {
    deadline: string;
    reminder: string;
    dueAt: string;
    remindAt: string;
    recipients: string[];
    about: 'submission-deadline' | 'milestone';
    milestoneId: string;
    committee: string;
    proposals: ProposalRef[];
    /** Issued after its time: its job was lost and rebuilt from the log. */
    late?: boolean;
  }
>;
/** A submission deadline passed; `missedBy` are the proposals still in draft at that moment. */
export type SubmissionDeadlinePassed = DomainEvent<
  'SubmissionDeadlinePassed',
  { milestoneId: string; committee: string; dueAt: string; missedBy: string[] }
>;

export type BudgetCycleEvent =
  | BudgetCycleCreated
  | BudgetMilestoneMoved
  | BudgetMilestoneAdded
  | BudgetMilestoneCancelled
  | BudgetRemindersIssued
  | SubmissionDeadlinePassed;

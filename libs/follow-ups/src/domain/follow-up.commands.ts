import type { CarryCaseIn, CarryCaseOver, Command } from '@app/kernel';
import type {
  Grant,
  ImplementsFacts,
  ImplementsRef,
  Indicator,
  IndicatorValue,
  MilestoneOutcome,
  PlannedMilestone,
  PlannedPhase,
  Responsible,
  Verdict,
  EvaluationKind,
} from './follow-up.types';

export interface CreateFollowUpData {
  followUpId: string;
  title: string;
  implements: ImplementsRef;
  responsible: Responsible;
  /** Omitted: copied from the implemented proposal's decision. */
  grants?: Grant[];
  phases: PlannedPhase[];
  milestones: PlannedMilestone[];
  indicators: Indicator[];
  reportEvery?: string;
  evaluationDue?: string;
  reminderOffsets: string[];
  areas?: string[];
  /** Filled by the handler from the implemented case's stream; a command without it is refused. */
  facts?: ImplementsFacts;
}

export type CreateFollowUp = Command<'CreateFollowUp', CreateFollowUpData>;
/** `on` is the actual date; omitted, it is the command's time. */
export type StartPhase = Command<'StartPhase', { phaseId: string; on?: string }>;
export type CompletePhase = Command<'CompletePhase', { phaseId: string; on?: string }>;
export type CompleteMilestone = Command<
  'CompleteMilestone',
  { milestoneId: string; outcome: MilestoneOutcome; on?: string; note?: string }
>;
export type SubmitStatusReport = Command<
  'SubmitStatusReport',
  { reportId: string; summary: string; asOf?: string; values?: IndicatorValue[] }
>;
type WithOptionalId<T extends { id: string }> = Omit<T, 'id'> & { id?: string };

export type RevisePlan = Command<
  'RevisePlan',
  {
    reason: string;
    phases?: { id: string; plannedStart?: string; plannedEnd?: string }[];
    milestones?: { id: string; due: string }[];
    reportEvery?: string;
    evaluationDue?: string;
    /** New phases and milestones, with names; a given id must be new to the follow-up. */
    addPhases?: WithOptionalId<PlannedPhase>[];
    addMilestones?: WithOptionalId<PlannedMilestone>[];
    /** Ids of phases not yet started and milestones not yet recorded that the plan no longer has. */
    dropPhases?: string[];
    dropMilestones?: string[];
  }
>;
/** `kind` (issue 18.6) lets a follow-up take several dated evaluations, each with its own verdict. */
export type RecordEvaluation = Command<
  'RecordEvaluation',
  { summary: string; evaluatedOn?: string; kind?: EvaluationKind; verdict?: Verdict }
>;
export type GiveVerdict = Command<'GiveVerdict', { verdict: Verdict; reason: string; on?: string }>;
/** Sent by the scheduler at a reminder's time (see follow-up.deadlines.ts). */
export type IssueFollowUpReminders = Command<
  'IssueFollowUpReminders',
  {
    deadlineId: string;
    dueAt: string;
    remindAt: string;
    /** Set on a reminder that was missed and goes out after its time (the scheduler rebuilt it). */
    late?: boolean;
  }
>;
/** Sent by the scheduler when a deadline passes. */
export type RecordFollowUpDeadlinePassed = Command<
  'RecordFollowUpDeadlinePassed',
  { deadlineId: string; dueAt: string }
>;

export type FollowUpCommand =
  | CreateFollowUp
  | StartPhase
  | CompletePhase
  | CompleteMilestone
  | SubmitStatusReport
  | RevisePlan
  | RecordEvaluation
  | GiveVerdict
  | IssueFollowUpReminders
  | RecordFollowUpDeadlinePassed
  | CarryCaseOver
  | CarryCaseIn<Record<string, never>>;

export const SCHEDULED_COMMAND_TYPES = ['IssueFollowUpReminders', 'RecordFollowUpDeadlinePassed'] as const;

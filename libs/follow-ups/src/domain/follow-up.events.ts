import type { CaseCarriedIn, CaseCarriedOver, DomainEvent } from '@app/kernel';
import type {
  Grant,
  ImplementsRef,
  Indicator,
  IndicatorValue,
  PlanDates,
  PlannedMilestone,
  PlannedPhase,
  Responsible,
  Verdict,
  EvaluationKind,
} from './follow-up.types';

export type FollowUpCreated = DomainEvent<
  'FollowUpCreated',
  {
    followUpId: string;
    /** The council it belongs to: nobody reaches a follow-up through another council's routes. */
    councilId?: string;
    title: string;
    implements: ImplementsRef;
    responsible: Responsible;
    grants: Grant[];
    /** Set when the grants were copied from the decision of the implemented proposal. */
    grantsFrom?: ImplementsRef;
    phases: PlannedPhase[];
    milestones: PlannedMilestone[];
    indicators: Indicator[];
    reportEvery?: string;
    evaluationDue?: string;
    reminderOffsets: string[];
    /** Issue 18.4: the areas or municipalities the follow-up concerns (seed 004), each once. */
    areas?: string[];
    createdAt: string;
  }
>;
export type PhaseStarted = DomainEvent<'PhaseStarted', { phaseId: string; startedOn: string }>;
export type PhaseCompleted = DomainEvent<'PhaseCompleted', { phaseId: string; completedOn: string }>;
export type MilestoneMet = DomainEvent<'MilestoneMet', { milestoneId: string; on: string; note?: string }>;
export type MilestoneMissed = DomainEvent<
  'MilestoneMissed',
  { milestoneId: string; on: string; note?: string }
>;
export type StatusReportSubmitted = DomainEvent<
  'StatusReportSubmitted',
  { reportId: string; summary: string; asOf: string; values: IndicatorValue[]; submittedAt: string }
>;
/** The old dates ride along in `previous`, so the history reads the plan as it was (issue 6). */
/**
 * `plan` holds every date after the revision, `previous` every date before it. `added` holds the
 * phases and milestones that are new, `dropped` the ones that are gone, each as it was planned, so
 * the history names them. Both are absent on revisions recorded before the plan could grow or
 * shrink, which moved dates only.
 */
export type PlanRevised = DomainEvent<
  'PlanRevised',
  {
    reason: string;
    revisedAt: string;
    plan: PlanDates;
    previous: PlanDates;
    added?: { phases: PlannedPhase[]; milestones: PlannedMilestone[] };
    dropped?: { phases: PlannedPhase[]; milestones: PlannedMilestone[] };
  }
>;
export type EvaluationRecorded = DomainEvent<
  'EvaluationRecorded',
  {
    summary: string;
    evaluatedOn: string;
    recordedAt: string;
    /** Issue 18.6: absent on the single evaluation recorded before kinds existed. */
    kind?: EvaluationKind;
    /** The evaluation's own verdict on the work so far; the follow-up's ends with `VerdictGiven`. */
    verdict?: Verdict;
  }
>;
export type VerdictGiven = DomainEvent<'VerdictGiven', { verdict: Verdict; reason: string; givenOn: string }>;

export type FollowUpDeadlineKind = 'status-report' | 'milestone' | 'evaluation';

/** Same type name in every aggregate (docs/conventions.md), so evaluators see who was reminded of what. */
export type RemindersIssued = DomainEvent<
  'RemindersIssued',
  {
    deadline: FollowUpDeadlineKind;
    deadlineId: string;
    dueAt: string;
    remindAt: string;
    recipients: string[];
    milestoneId?: string;
    /** Issued after its time: its job was lost and rebuilt from the log. */
    late?: boolean;
  }
>;
export type StatusReportOverdue = DomainEvent<
  'StatusReportOverdue',
  { deadlineId: string; reportNumber: number; dueAt: string }
>;
export type MilestoneOverdue = DomainEvent<
  'MilestoneOverdue',
  { deadlineId: string; milestoneId: string; dueAt: string }
>;
export type EvaluationOverdue = DomainEvent<'EvaluationOverdue', { deadlineId: string; dueAt: string }>;

export type FollowUpEvent =
  | FollowUpCreated
  | PhaseStarted
  | PhaseCompleted
  | MilestoneMet
  | MilestoneMissed
  | StatusReportSubmitted
  | PlanRevised
  | EvaluationRecorded
  | VerdictGiven
  | RemindersIssued
  | StatusReportOverdue
  | MilestoneOverdue
  | EvaluationOverdue
  | CaseCarriedOver
  | FollowUpCarriedIn;

/** Issue 18.3: a follow-up keeps its plan and people when carried over; it takes nothing on arrival. */
export type FollowUpCarriedIn = CaseCarriedIn<Record<string, never>>;

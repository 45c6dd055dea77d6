/**
 * What a follow-up can implement (issue 6): an adopted or partly adopted budget proposal, a hearing
 * whose response went out, or one decided item of a meeting.
 */
export type ImplementsKind = 'budget-proposal' | 'hearing' | 'meeting-item';
export const IMPLEMENTS_KINDS: readonly ImplementsKind[] = ['budget-proposal', 'hearing', 'meeting-item'];

export interface ImplementsRef {
  kind: ImplementsKind;
  id: string;
  /** The agenda item, when `kind` is `meeting-item` (then `id` is the meeting). */
  itemId?: string;
}

/** Money granted per year, in the unit the decision used (seed 002 counts million DKK). */
export interface Grant {
  year: number;
  amount: number;
}

export interface Responsible {
  /** The unit that carries out the implementation, e.g. "Psykiatrien". */
  unit: string;
  /** The secretary reminded before each deadline. */
  secretaryPersonId: string;
}

export interface PlannedPhase {
  id: string;
  name: string;
  plannedStart: string;
  plannedEnd?: string;
}

export interface PlannedMilestone {
  id: string;
  name: string;
  due: string;
}

/** Issue 18.6: how a value meets the target ("more than 600 a year" is at least). */
export const COMPARATORS = ['at-least', 'at-most', 'exactly'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export interface Indicator {
  id: string;
  name: string;
  unit: string;
  target: number;
  /** Absent on indicators set before issue 18.6: at least. */
  comparator?: Comparator;
  /**
   * The period the target counts over (ISO 8601 duration, "P1Y": 600 a year), from
   * `periodStartsOn` (default: when the follow-up was created); none: a level, not a count.
   */
  period?: string;
  periodStartsOn?: string;
  /** Where the measure stood before the work began. */
  baseline?: number;
}

export interface IndicatorValue {
  indicatorId: string;
  value: number;
}

export type Verdict = 'continue' | 'adjust' | 'discontinue';
export const VERDICTS: readonly Verdict[] = ['continue', 'adjust', 'discontinue'];

export type MilestoneOutcome = 'met' | 'missed';

/** The dates a plan revision may move; the names stay. */
export interface PlanDates {
  phases: { id: string; plannedStart: string; plannedEnd?: string }[];
  milestones: { id: string; due: string }[];
  reportEvery?: string;
  evaluationDue?: string;
}

/** What the handler found on the implemented case's stream, so the decider can stay pure. */
export type ImplementsFacts =
  | { found: false }
  | {
      found: true;
      /** budget proposal: its last decision's outcome; hearing: 'response-submitted'; meeting item: 'decided'. */
      outcome: string;
      /** Granted per year, when the implemented case is a decided budget proposal. */
      grants?: Grant[];
    };

/** Issue 18.6: a follow-up is evaluated midway, finally, or in between when something calls for it. */
export const EVALUATION_KINDS = ['midway', 'final', 'extra'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

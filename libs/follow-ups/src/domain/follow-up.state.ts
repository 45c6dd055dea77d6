import type { CarriedFrom } from '@app/kernel';
import type { EvaluationRecorded, FollowUpCreated, FollowUpEvent } from './follow-up.events';
import type {
  Grant,
  ImplementsRef,
  Indicator,
  IndicatorValue,
  MilestoneOutcome,
  PlanDates,
  PlannedMilestone,
  PlannedPhase,
  Responsible,
  Verdict,
} from './follow-up.types';

export interface PhaseState extends PlannedPhase {
  startedOn?: string;
  completedOn?: string;
}

export interface MilestoneState extends PlannedMilestone {
  outcome?: MilestoneOutcome;
  completedOn?: string;
  /** The due time that was recorded as passed; a revised due date makes the milestone pending again. */
  overdueFor?: string;
}

export interface StatusReport {
  reportId: string;
  summary: string;
  asOf: string;
  values: IndicatorValue[];
  submittedAt: string;
}

export interface FollowUpState {
  exists: boolean;
  id: string;
  councilId?: string;
  title: string;
  implements?: ImplementsRef;
  responsible?: Responsible;
  grants: Grant[];
  grantsFrom?: ImplementsRef;
  phases: PhaseState[];
  milestones: MilestoneState[];
  indicators: Indicator[];
  reportEvery?: string;
  evaluationDue?: string;
  reminderOffsets: string[];
  /** Issue 18.4: the areas or municipalities it concerns. */
  areas: string[];
  createdAt?: string;
  reports: StatusReport[];
  revisions: { reason: string; revisedAt: string; plan: PlanDates; previous: PlanDates }[];
  /** The first evaluation (it answers `evaluationDue`); `evaluations` has every one, in order recorded. */
  evaluation?: EvaluationRecorded['data'];
  evaluations: EvaluationRecorded['data'][];
  evaluationOverdueFor?: string;
  verdict?: { verdict: Verdict; reason: string; givenOn: string };
  /** Report numbers (1-based) recorded as overdue. */
  reportsOverdue: number[];
  /** `deadlineId@dueAt#remindAt` of every reminder issued, so a job that fires twice reminds once. */
  remindersIssued: string[];
  /** The creation as recorded, to tell a retried creation from a different one. */
  creation?: FollowUpCreated['data'];
  /** Time of the latest event that carries one: the default "now" of a view read from history. */
  lastEventAt?: string;
  /** Issue 18.3: carried over to this successor council; it takes nothing more here. */
  carriedOverTo?: string;
  /** Issue 18.3: carried in from a predecessor council: the link back to its stream. */
  carriedFrom?: CarriedFrom;
}

export const initialFollowUpState: FollowUpState = {
  exists: false,
  id: '',
  title: '',
  grants: [],
  phases: [],
  milestones: [],
  indicators: [],
  reminderOffsets: [],
  areas: [],
  reports: [],
  revisions: [],
  reportsOverdue: [],
  remindersIssued: [],
  evaluations: [],
};

export function reminderKey(deadlineId: string, dueAt: string, remindAt: string): string {
  return `${deadlineId}@${dueAt}#${remindAt}`;
}

export function planDatesOf(state: FollowUpState): PlanDates {
  return {
    phases: state.phases.map((p) => ({
      id: p.id,
      plannedStart: p.plannedStart,
      ...(p.plannedEnd !== undefined && { plannedEnd: p.plannedEnd }),
    })),
    milestones: state.milestones.map((m) => ({ id: m.id, due: m.due })),
    ...(state.reportEvery !== undefined && { reportEvery: state.reportEvery }),
    ...(state.evaluationDue !== undefined && { evaluationDue: state.evaluationDue }),
  };
}

const later = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined ? a : Date.parse(a) >= Date.parse(b) ? a : b;

export function evolveFollowUp(state: FollowUpState, event: FollowUpEvent): FollowUpState {
  switch (event.type) {
    case 'FollowUpCreated': {
      const d = event.data;
      return {
        ...state,
        exists: true,
        id: d.followUpId,
        councilId: d.councilId,
        title: d.title,
        implements: d.implements,
        responsible: d.responsible,
        grants: d.grants,
        grantsFrom: d.grantsFrom,
        phases: d.phases.map((p) => ({ ...p })),
        milestones: d.milestones.map((m) => ({ ...m })),
        indicators: d.indicators,
        reportEvery: d.reportEvery,
        evaluationDue: d.evaluationDue,
        reminderOffsets: d.reminderOffsets,
        areas: d.areas ?? [],
        createdAt: d.createdAt,
        creation: d,
        lastEventAt: later(state.lastEventAt, d.createdAt),
      };
    }
    case 'PhaseStarted':
      return {
        ...state,
        phases: state.phases.map((p) =>
          p.id === event.data.phaseId ? { ...p, startedOn: event.data.startedOn } : p,
        ),
      };
    case 'PhaseCompleted':
      return {
        ...state,
        phases: state.phases.map((p) =>
          p.id === event.data.phaseId ? { ...p, completedOn: event.data.completedOn } : p,
        ),
      };
    case 'MilestoneMet':
    case 'MilestoneMissed': {
      const outcome: MilestoneOutcome = event.type === 'MilestoneMet' ? 'met' : 'missed';
      return {
        ...state,
        milestones: state.milestones.map((m) =>
          m.id === event.data.milestoneId ? { ...m, outcome, completedOn: event.data.on } : m,
        ),
      };
    }
    case 'StatusReportSubmitted':
      return {
        ...state,
        reports: [...state.reports, { ...event.data }],
        lastEventAt: later(state.lastEventAt, event.data.submittedAt),
      };
    case 'PlanRevised': {
      const { plan, added, dropped } = event.data;
      const phases = [
        ...state.phases.filter((p) => !dropped?.phases.some((x) => x.id === p.id)),
        ...(added?.phases ?? []),
      ];
      const milestones = [
        ...state.milestones.filter((m) => !dropped?.milestones.some((x) => x.id === m.id)),
        ...(added?.milestones ?? []),
      ];
      return {
        ...state,
        phases: phases.map((p) => {
          const moved = plan.phases.find((x) => x.id === p.id);
          return moved ? { ...p, plannedStart: moved.plannedStart, plannedEnd: moved.plannedEnd } : p;
        }),
        milestones: milestones.map((m) => {
          const moved = plan.milestones.find((x) => x.id === m.id);
          return moved ? { ...m, due: moved.due } : m;
        }),
        reportEvery: plan.reportEvery,
        evaluationDue: plan.evaluationDue,
        revisions: [...state.revisions, event.data],
        lastEventAt: later(state.lastEventAt, event.data.revisedAt),
      };
    }
    case 'EvaluationRecorded':
      return {
        ...state,
        evaluation: state.evaluation ?? event.data,
        evaluations: [...state.evaluations, event.data],
        lastEventAt: later(state.lastEventAt, event.data.recordedAt),
      };
    case 'VerdictGiven':
      return { ...state, verdict: event.data, lastEventAt: later(state.lastEventAt, event.data.givenOn) };
    case 'RemindersIssued':
      return {
        ...state,
        remindersIssued: [
          ...state.remindersIssued,
          reminderKey(event.data.deadlineId, event.data.dueAt, event.data.remindAt),
        ],
        lastEventAt: later(state.lastEventAt, event.data.remindAt),
      };
    case 'StatusReportOverdue':
      return {
        ...state,
        reportsOverdue: [...state.reportsOverdue, event.data.reportNumber],
        lastEventAt: later(state.lastEventAt, event.data.dueAt),
      };
    case 'MilestoneOverdue':
      return {
        ...state,
        milestones: state.milestones.map((m) =>
          m.id === event.data.milestoneId ? { ...m, overdueFor: event.data.dueAt } : m,
        ),
        lastEventAt: later(state.lastEventAt, event.data.dueAt),
      };
    case 'EvaluationOverdue':
      return {
        ...state,
        evaluationOverdueFor: event.data.dueAt,
        lastEventAt: later(state.lastEventAt, event.data.dueAt),
      };
    case 'CaseCarriedOver':
      return { ...state, carriedOverTo: event.data.successorId };
    case 'CaseCarriedIn': {
      // The predecessor's history folded as it was, then the successor's council (issue 18.3).
      const before = event.data.history.reduce(
        (s, e) => evolveFollowUp(s, { type: e.type, data: e.data } as FollowUpEvent),
        initialFollowUpState,
      );
      return before.exists
        ? { ...before, councilId: event.data.councilId, carriedFrom: event.data.from }
        : before;
    }
    default:
      return state;
  }
}

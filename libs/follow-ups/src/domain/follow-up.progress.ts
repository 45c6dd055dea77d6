import { latestByBusinessDate } from '@app/kernel';
import { obligationsOf } from './follow-up.obligations';
import type { FollowUpState } from './follow-up.state';
import { indicatorStanding, type IndicatorStanding } from './indicator-progress';

export interface IndicatorProgress extends IndicatorStanding {
  id: string;
  name: string;
  unit: string;
  /** The value of the report with the latest `asOf`; null before any report gives one. */
  latest: number | null;
  latestAsOf: string | null;
  target: number;
}

export interface FollowUpProgress {
  phasesDone: number;
  phasesTotal: number;
  milestonesMet: number;
  milestonesTotal: number;
  indicators: IndicatorProgress[];
  onSchedule: boolean;
}

const t = (iso: string) => Date.parse(iso);

/**
 * Progress is derived, never typed (issue 6). `onSchedule` holds at `now` when nothing owed is
 * past its time: no status report, unresolved milestone or evaluation due at or before `now`,
 * no phase past its planned start that has not started, and no phase past its planned end that
 * has not been completed. After the verdict the clock stops at the verdict's date, so an ended
 * follow-up keeps the standing it ended with.
 */
export function followUpProgress(state: FollowUpState, now: string): FollowUpProgress {
  const clock = state.verdict && t(state.verdict.givenOn) < t(now) ? state.verdict.givenOn : now;
  const at = t(clock);
  const nothingOverdue = obligationsOf(state).every((o) => t(o.dueAt) > at);
  const phasesOnTime = state.phases.every(
    (p) =>
      (t(p.plannedStart) > at || p.startedOn !== undefined) &&
      (p.plannedEnd === undefined || t(p.plannedEnd) > at || p.completedOn !== undefined),
  );
  return {
    phasesDone: state.phases.filter((p) => p.completedOn !== undefined).length,
    phasesTotal: state.phases.length,
    milestonesMet: state.milestones.filter((m) => m.outcome === 'met').length,
    milestonesTotal: state.milestones.length,
    indicators: state.indicators.map((i) => {
      const latest = latestValue(state, i.id);
      return {
        id: i.id,
        name: i.name,
        unit: i.unit,
        latest: latest?.value ?? null,
        latestAsOf: latest?.asOf ?? null,
        target: i.target,
        ...indicatorStanding(i, latest, state.createdAt),
      };
    }),
    onSchedule: nothingOverdue && phasesOnTime,
  };
}

/** The value of the report with the latest `asOf` that gives one (the one rule, in the kernel). */
function latestValue(state: FollowUpState, indicatorId: string): { value: number; asOf: string } | undefined {
  const reported = state.reports.flatMap((report) => {
    const v = report.values.find((x) => x.indicatorId === indicatorId);
    return v ? [{ value: v.value, asOf: report.asOf }] : [];
  });
  return latestByBusinessDate(reported, (r) => r.asOf);
}

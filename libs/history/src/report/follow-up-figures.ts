import {
  EVALUATION_KINDS,
  VERDICTS,
  indicatorStanding,
  type EvaluationKind,
  type Indicator,
  type IndicatorStanding,
  type Verdict,
} from '@app/follow-ups';
import { latestByBusinessDate } from '@app/kernel';
import { byCase, list, num, round, str, within, type Period, type ReportEvent } from './report-event';

/** Issue 18.6: comparator, period, baseline, `expectedByNow` and `onTrack`, as the progress view has them. */
export interface IndicatorFigure extends IndicatorStanding {
  followUpId: string;
  title: string;
  indicator: string;
  unit: string;
  target: number;
  /** The value with the latest business date (`asOf`) recorded by the end of the period (null: never reported). */
  latest: number | null;
  /** latest / target, in per cent. */
  percentOfTarget: number | null;
}

export interface FollowUpFigures {
  /** Follow-ups created before the end of the period and not concluded before its start. */
  followed: number;
  onSchedule: number;
  /** With a recorded overdue report, milestone or evaluation still owed at the end of the period. */
  overdue: number;
  concluded: number;
  /** Verdicts given in the period (seed 004: continue, adjust or stop). */
  verdicts: { continue: number; adjust: number; discontinue: number };
  milestones: { met: number; missed: number };
  statusReports: number;
  indicators: IndicatorFigure[];
  /**
   * Issue 18.6: the evaluations dated in the period (`evaluatedOn`), per kind, each with its own
   * verdict on the work so far; `withoutKind` is the single evaluation of a follow-up recorded
   * before kinds existed (or without one).
   */
  evaluations: Record<EvaluationKind | 'withoutKind', EvaluationCount>;
}

export interface EvaluationCount {
  recorded: number;
  /** The evaluations' own verdicts; an evaluation without one counts in `recorded` only. */
  verdicts: Record<Verdict, number>;
}

const noEvaluations = (): EvaluationCount => ({
  recorded: 0,
  verdicts: { continue: 0, adjust: 0, discontinue: 0 },
});

const OVERDUE = new Set(['StatusReportOverdue', 'MilestoneOverdue', 'EvaluationOverdue']);

/**
 * Follow-ups (issue 7: on schedule, overdue, verdicts; indicators against target). A passed
 * deadline stays overdue until what it asked for arrives: the report it named (by number),
 * the milestone's outcome, or the evaluation.
 */
export function followUpFigures(events: readonly ReportEvent[], period: Period): FollowUpFigures {
  const f: FollowUpFigures = {
    followed: 0,
    onSchedule: 0,
    overdue: 0,
    concluded: 0,
    verdicts: { continue: 0, adjust: 0, discontinue: 0 },
    milestones: { met: 0, missed: 0 },
    statusReports: 0,
    indicators: [],
    evaluations: {
      midway: noEvaluations(),
      final: noEvaluations(),
      extra: noEvaluations(),
      withoutKind: noEvaluations(),
    },
  };
  for (const [id, stream] of byCase(events, 'follow-ups')) {
    const created = stream.find((e) => e.type === 'FollowUpCreated');
    if (!created) continue;
    const owed = new Map<string, (e: ReportEvent, reports: number) => boolean>();
    let reports = 0;
    let verdictAt: string | undefined;
    const reported = new Map<string, { value: number; asOf: string }[]>();
    for (const e of stream) {
      if (e.type === 'StatusReportSubmitted') {
        reports++;
        // Issue 18.1: by business time, so a 2025 report entered today counts in 2025.
        if (within(e.at, period)) f.statusReports++;
        for (const v of list(e.data.values)) {
          const indicatorId = str(v.indicatorId);
          const value = num(v.value);
          const asOf = str(e.data.asOf) ?? e.at;
          if (indicatorId && value !== undefined)
            reported.set(indicatorId, [...(reported.get(indicatorId) ?? []), { value, asOf }]);
        }
      }
      if ((e.type === 'MilestoneMet' || e.type === 'MilestoneMissed') && within(e.data.on, period)) {
        f.milestones[e.type === 'MilestoneMet' ? 'met' : 'missed']++;
      }
      if (e.type === 'VerdictGiven') {
        verdictAt = str(e.data.givenOn) ?? e.recordedAt;
        const verdict = str(e.data.verdict);
        if (
          within(verdictAt, period) &&
          (verdict === 'continue' || verdict === 'adjust' || verdict === 'discontinue')
        ) {
          f.verdicts[verdict]++;
        }
      }
      if (e.type === 'EvaluationRecorded' && within(str(e.data.evaluatedOn) ?? e.at, period)) {
        const kind = EVALUATION_KINDS.find((k) => k === e.data.kind) ?? 'withoutKind';
        const verdict = VERDICTS.find((v) => v === e.data.verdict);
        f.evaluations[kind].recorded++;
        if (verdict) f.evaluations[kind].verdicts[verdict]++;
      }
      if (OVERDUE.has(e.type)) owed.set(str(e.data.deadlineId) ?? e.type, satisfiedBy(e));
      for (const [key, satisfied] of owed) if (satisfied(e, reports)) owed.delete(key);
    }
    if (verdictAt !== undefined && Date.parse(verdictAt) < period.from) continue;
    f.followed++;
    if (verdictAt !== undefined) f.concluded++;
    else if (owed.size > 0) f.overdue++;
    else f.onSchedule++;
    for (const indicator of list<Indicator>(created.data.indicators)) {
      const target = num(indicator.target) ?? 0;
      // The same rule as the progress view: the latest by business date, not the last entered.
      const latest = latestByBusinessDate(reported.get(str(indicator.id) ?? '') ?? [], (r) => r.asOf);
      const value = latest?.value;
      f.indicators.push({
        followUpId: id,
        title: str(created.data.title) ?? '',
        indicator: str(indicator.name) ?? str(indicator.id) ?? '',
        unit: str(indicator.unit) ?? '',
        target,
        latest: value ?? null,
        percentOfTarget: value === undefined || target === 0 ? null : round((100 * value) / target, 1),
        // Pro rata within the indicator's period, by the progress view's own rule (seed 004: on track?).
        ...indicatorStanding({ ...indicator, target }, latest, str(created.data.createdAt)),
      });
    }
  }
  return f;
}

function satisfiedBy(overdue: ReportEvent): (e: ReportEvent, reports: number) => boolean {
  if (overdue.type === 'StatusReportOverdue') {
    const number = num(overdue.data.reportNumber) ?? 1;
    return (e, reports) => e.type === 'StatusReportSubmitted' && reports >= number;
  }
  if (overdue.type === 'MilestoneOverdue') {
    return (e) =>
      (e.type === 'MilestoneMet' || e.type === 'MilestoneMissed') &&
      e.data.milestoneId === overdue.data.milestoneId;
  }
  return (e) => e.type === 'EvaluationRecorded';
}

import { shiftByDuration } from '@app/kernel';
import type { Comparator, Indicator } from './follow-up.types';

/**
 * Issue 18.6: how far an indicator is, read against its period. A target over a period ("more
 * than 600 a year") is measured pro rata within the period the latest value falls in: 150 after a
 * quarter of the year is on track for 600, not 25 % done. A target without a period is a level,
 * compared as it is.
 */
export interface IndicatorStanding {
  comparator: Comparator;
  period: string | null;
  baseline: number | null;
  /** With a period: the target times the share of the period passed at the latest value's date. */
  expectedByNow: number | null;
  /** Null before any value is reported. */
  onTrack: boolean | null;
}

/** "Exactly" cannot be hit pro rata to the unit; within 5 % of the expected value counts as on track. */
const EXACTLY_WITHIN = 0.05;

export function indicatorStanding(
  indicator: Indicator,
  latest: { value: number; asOf: string } | undefined,
  followUpStart: string | undefined,
): IndicatorStanding {
  const comparator = indicator.comparator ?? 'at-least';
  const start = indicator.periodStartsOn ?? followUpStart;
  const expected =
    latest && indicator.period && start
      ? Math.round(indicator.target * shareOfPeriod(start, indicator.period, latest.asOf) * 10) / 10
      : null;
  const goal = expected ?? indicator.target;
  return {
    comparator,
    period: indicator.period ?? null,
    baseline: indicator.baseline ?? null,
    expectedByNow: expected,
    onTrack: latest ? meets(comparator, latest.value, goal) : null,
  };
}

function meets(comparator: Comparator, value: number, goal: number): boolean {
  if (comparator === 'at-least') return value >= goal;
  if (comparator === 'at-most') return value <= goal;
  return Math.abs(value - goal) <= Math.abs(goal) * EXACTLY_WITHIN;
}

/** The share of its period passed at `at`, periods following each other from `start` (calendar-true). */
export function shareOfPeriod(start: string, period: string, at: string): number {
  const t = Date.parse(at);
  let from = Date.parse(start);
  if (t <= from) return 0;
  let to = shiftByDuration(new Date(from), period).getTime();
  for (let i = 0; to <= t && i < 10_000; i++) {
    from = to;
    to = shiftByDuration(new Date(from), period).getTime();
  }
  return (t - from) / (to - from);
}

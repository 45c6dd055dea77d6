import { BarChart } from '../../charts/bar-chart';
import type { components } from '../../api/openapi';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';

/** The parts of issue 7's report (libs/history/src/report) the charts draw. */
export interface EvaluationReport {
  period: { from: string; to: string };
  /** Issue 18.3: the predecessors whose history is included. */
  includes?: string[];
  perYear: components['schemas']['PerYearFiguresResponse'];
  hearings: {
    answeredOnTime: number;
    answeredLate: number;
    lapsed: number;
    declined: number;
    open: number;
    inputs: {
      byMember: { personId: string; inputs: number }[];
      byOrganisation: { organisation: string; inputs: number }[];
    };
  };
  budgetProposals: {
    decided: Record<string, number>;
    grantedPerYear: { year: number; amount: number }[];
  };
  followUps: {
    followed: number;
    onSchedule: number;
    overdue: number;
    concluded: number;
    indicators: components['schemas']['IndicatorFigureResponse'][];
  };
}

/**
 * Issue 18.6: an indicator's latest value against what was expected by its date (the target pro
 * rata within its period), or against the target where it has no period (a level). 150 a quarter
 * into 600 a year is 100 %, not the 25 % of the target the report's `percentOfTarget` says.
 */
function shareOfExpected(i: { latest: number | null; expectedByNow: number | null; target: number }) {
  const goal = i.expectedByNow ?? i.target;
  if (i.latest === null || goal === 0) return null;
  return Math.round((1000 * i.latest) / goal) / 10;
}

/**
 * A member who gave no input in the period is a finding too (issue 19): the council's current
 * members missing from the report's count are listed with 0, after those who gave input.
 */
export function inputsPerMember(
  byMember: { personId: string; inputs: number }[],
  members: { personId: string }[],
): { personId: string; inputs: number }[] {
  const counted = new Set(byMember.map((m) => m.personId));
  return [
    ...byMember,
    ...members.filter((m) => !counted.has(m.personId)).map((m) => ({ personId: m.personId, inputs: 0 })),
  ];
}

/**
 * Issue 9's examples: hearings answered on time per year, money granted per year, follow-ups by
 * status; and the rest of the report that reads well as bars.
 */
export function ReportCharts({ report }: { report: EvaluationReport }) {
  const { t, personName, council } = useApp();
  const h = report.hearings;
  const f = report.followUps;
  const pick = <K extends string>(source: Record<K, number>, keys: K[]): [string, number][] =>
    keys.map((k) => [word(t, 'figure', k), source[k] ?? 0]);
  return (
    <div class="charts" data-testid="report-charts">
      <BarChart
        title={t('chartOnTimePerYear')}
        bars={report.perYear.years.map((y) => [String(y.year), y.hearings.answeredOnTime])}
      />
      <BarChart
        title={t('chartHearings')}
        bars={pick(h, ['answeredOnTime', 'answeredLate', 'lapsed', 'declined', 'open'])}
      />
      <BarChart
        title={t('chartGranted')}
        bars={report.budgetProposals.grantedPerYear.map((g) => [String(g.year), g.amount])}
      />
      <BarChart
        title={t('chartProposalOutcomes')}
        bars={Object.entries(report.budgetProposals.decided).map(([k, v]) => [word(t, 'outcome', k), v])}
      />
      <BarChart
        title={t('chartFollowUps')}
        bars={pick(f, ['followed', 'onSchedule', 'overdue', 'concluded'])}
      />
      <BarChart
        title={t('chartIndicators')}
        unit=" %"
        bars={f.indicators.flatMap((i): [string, number][] => {
          const share = shareOfExpected(i);
          return share === null ? [] : [[`${i.title}: ${i.indicator}`, share]];
        })}
      />
      <BarChart
        title={t('chartInputsByMember')}
        bars={inputsPerMember(h.inputs.byMember, council.members).map((m) => [
          personName(m.personId),
          m.inputs,
        ])}
      />
      <BarChart
        title={t('chartInputsByOrganisation')}
        bars={h.inputs.byOrganisation.map((o) => [o.organisation, o.inputs])}
      />
    </div>
  );
}

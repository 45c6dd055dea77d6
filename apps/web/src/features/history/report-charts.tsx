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
    indicators: { title: string; indicator: string; percentOfTarget: number | null }[];
  };
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
        bars={f.indicators
          .filter((i) => i.percentOfTarget !== null)
          .map((i) => [`${i.title}: ${i.indicator}`, i.percentOfTarget as number])}
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

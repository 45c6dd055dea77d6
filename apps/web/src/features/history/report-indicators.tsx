import { numberFormat } from '../../format/number-format';
import { IndicatorStanding } from '../follow-ups/follow-up-indicators';
import { useApp } from '../../session/app-context';
import type { EvaluationReport } from './report-charts';

/**
 * Issue 18.6 on the report page: each follow-up's indicator with its latest value by the end of
 * the period, what was expected by then (pro rata within its period), and on track or behind.
 */
export function ReportIndicators({
  indicators,
}: {
  indicators: EvaluationReport['followUps']['indicators'];
}) {
  const { t, language } = useApp();
  const n = numberFormat(language);
  if (!indicators.length) return null;
  return (
    <table data-testid="report-indicators">
      <caption>{t('reportIndicators')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reportIndicatorCol')}</th>
          <th scope="col">{t('reportLatestCol')}</th>
          <th scope="col">{t('reportExpectedCol')}</th>
          <th scope="col">{t('reportStandingCol')}</th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((i) => (
          <tr key={`${i.followUpId}/${i.indicator}`}>
            <th scope="row">
              {i.title}: {i.indicator}
            </th>
            <td>
              {n(i.latest)} {i.unit}
            </td>
            <td>{i.expectedByNow === null ? '–' : `${n(i.expectedByNow)} ${i.unit}`}</td>
            <td>
              <IndicatorStanding indicator={i} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

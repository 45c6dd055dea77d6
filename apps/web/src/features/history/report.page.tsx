import { useState } from 'preact/hooks';
import { BarChart } from '../../charts/bar-chart';
import { zonedToIso } from '../../format/zoned-time';
import { REPORT_KEYS_DA, reportCsv } from '../../format/report-csv';
import { useApp } from '../../session/app-context';
import { Field } from '../../ui/fields';
import { ActionStatus, Async } from '../../ui/status';
import { useAction, useAsync } from '../../ui/use-async';
import { ReportCharts, type EvaluationReport } from './report-charts';
import { reportFigures } from './report-figures';

/** Per-year charts ask one report per year; more than this many years is one chart too wide. */
const MAX_YEARS = 10;

/** Issue 9, the evaluator: issue 7's evaluation report as charts, and as CSV or Markdown files. */
export function ReportPage() {
  const { api, councilPath, t, council, language, personName } = useApp();
  const year = new Date().getFullYear();
  const [from, setFrom] = useState(`${year - 1}-01-01`);
  const [to, setTo] = useState(`${year + 1}-01-01`);
  const [period, setPeriod] = useState({ from, to });
  const zone = council.timeZone;
  const query = (start: string, end: string) =>
    `?from=${encodeURIComponent(zonedToIso(start, zone) ?? start)}&to=${encodeURIComponent(zonedToIso(end, zone) ?? end)}`;
  const path = (start: string, end: string) => councilPath(`/evaluation-report${query(start, end)}`);

  const state = useAsync(async () => {
    const report = await api.json<EvaluationReport>(path(period.from, period.to));
    const first = Number(period.from.slice(0, 4));
    const last = Math.min(
      Number(period.to.slice(0, 4)) - (period.to.endsWith('-01-01') ? 1 : 0),
      first + MAX_YEARS - 1,
    );
    const years = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
    const perYear = await Promise.all(
      years.map(
        async (y) =>
          [String(y), await api.json<EvaluationReport>(path(`${y}-01-01`, `${y + 1}-01-01`))] as [
            string,
            EvaluationReport,
          ],
      ),
    );
    return { report, perYear };
  }, [api, period.from, period.to]);

  const download = useAction();
  const save = (format: 'csv' | 'md', accept: string) =>
    download.run(async () => {
      // Danish readers get a CSV their spreadsheet opens in columns, made from the report the page
      // holds; the API's CSV (`,`, English keys) stays for scripts, as does its Markdown.
      const blob =
        format === 'csv' && language === 'da' && state.data
          ? new Blob(
              [
                reportCsv(state.data.report, {
                  key: (k) => REPORT_KEYS_DA[k],
                  personName,
                  header: ['Nøgletal', 'Værdi'],
                }),
              ],
              { type: 'text/csv;charset=utf-8' },
            )
          : await api.blob(`${path(period.from, period.to)}&format=${format}`, accept, language);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `evaluation-report-${period.from}-${period.to}.${format}`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    });

  return (
    <section aria-labelledby="report-title">
      <h1 id="report-title">{t('reportTitle')}</h1>
      <form
        class="inline card"
        onSubmit={(e) => {
          e.preventDefault();
          setPeriod({ from, to });
        }}
      >
        <Field id="report-from" type="date" label={t('from')} value={from} onValue={setFrom} required />
        <Field id="report-to" type="date" label={t('to')} value={to} onValue={setTo} required />
        <button type="submit" class="primary">
          {t('showReport')}
        </button>
        <button type="button" onClick={() => void save('csv', 'text/csv')}>
          {t('downloadCsv')}
        </button>
        <button type="button" onClick={() => void save('md', 'text/markdown')}>
          {t('downloadMarkdown')}
        </button>
      </form>
      <ActionStatus action={{ ...download, done: false }} />
      <Async state={state}>
        {({ report, perYear }) => {
          const figures = reportFigures(report);
          return (
            <>
              <ReportCharts report={report} perYear={perYear} />
              <details>
                <summary>{t('otherFigures')}</summary>
                <div class="charts">
                  {figures.charts.map((c) => (
                    <BarChart key={c.title} title={c.title} bars={c.bars} />
                  ))}
                </div>
                <table>
                  <caption>{t('reportFigures')}</caption>
                  <tbody>
                    {figures.numbers.map(([k, v]) => (
                      <tr key={k}>
                        <th scope="row">{k}</th>
                        <td>{v}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </>
          );
        }}
      </Async>
    </section>
  );
}

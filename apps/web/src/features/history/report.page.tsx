import { useState } from 'preact/hooks';
import { BarChart } from '../../charts/bar-chart';
import { plainDate } from '../../format/plain-date';
import { REPORT_KEYS_DA, reportCsv } from '../../format/report-csv';
import { useApp } from '../../session/app-context';
import { Field, Select } from '../../ui/fields';
import { ActionStatus, Async } from '../../ui/status';
import { useAction, useAsync } from '../../ui/use-async';
import { ReportCharts, type EvaluationReport } from './report-charts';
import { ReportIndicators } from './report-indicators';
import { reportFigures } from './report-figures';
import { periodName, reportQuery, type PeriodChoice } from './report-period';
import { TermCharts } from './term-charts';
import { saveDownload } from '../../ui/save-download';

/** Years offered in the year list: this one, the next, and ten back. */
const YEARS_BACK = 10;

/**
 * Issue 9, the evaluator: issue 7's evaluation report as charts, and as CSV or Markdown files.
 * Issue 18.7: for the council's current term (the API's default), a calendar year or any two
 * days, with the councils it succeeds when asked; per year of the period, issue 18.5's figures.
 */
export function ReportPage() {
  const { api, councilPath, t, council, language, personName } = useApp();
  const thisYear = new Date().getFullYear();
  const [kind, setKind] = useState<PeriodChoice['kind']>('term');
  const [year, setYear] = useState(String(thisYear));
  const [from, setFrom] = useState(`${thisYear}-01-01`);
  const [to, setTo] = useState(`${thisYear}-12-31`);
  const [predecessors, setPredecessors] = useState(false);
  const [asked, setAsked] = useState<{ choice: PeriodChoice; predecessors: boolean }>({
    choice: { kind: 'term' },
    predecessors: false,
  });
  const succeeds = (council.succeeds ?? []).length > 0;
  const path = councilPath(`/evaluation-report${reportQuery(asked.choice, asked.predecessors)}`);
  const choose = (): PeriodChoice =>
    kind === 'year' ? { kind, year: Number(year) } : kind === 'dates' ? { kind, from, to } : { kind };

  const state = useAsync(async () => ({ report: await api.json<EvaluationReport>(path) }), [api, path]);

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
          : await api.blob(`${path}${path.includes('?') ? '&' : '?'}format=${format}`, accept, language);
      saveDownload(blob, `evaluation-report-${periodName(asked.choice)}.${format}`);
    });

  return (
    <section aria-labelledby="report-title">
      <h1 id="report-title">{t('reportTitle')}</h1>
      <form
        class="card"
        onSubmit={(e) => {
          e.preventDefault();
          setAsked({ choice: choose(), predecessors: succeeds && predecessors });
        }}
      >
        <fieldset>
          <legend>{t('reportPeriod')}</legend>
          {(['term', 'year', 'dates'] as const).map((k) => (
            <label key={k} class="check">
              <input
                type="radio"
                name="report-period"
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
              />{' '}
              {k === 'term'
                ? council.term
                  ? t('periodTermOf', {
                      from: plainDate(language, council.term.startsOn),
                      to: plainDate(language, council.term.endsOn),
                    })
                  : t('periodAllTime')
                : k === 'year'
                  ? t('periodYear')
                  : t('periodDates')}
            </label>
          ))}
        </fieldset>
        <div class="inline">
          {kind === 'year' && (
            <Select
              id="report-year"
              label={t('reportYear')}
              value={year}
              onValue={setYear}
              options={Array.from({ length: YEARS_BACK + 2 }, (_, i) => {
                const y = String(thisYear + 1 - i);
                return [y, y] as [string, string];
              })}
            />
          )}
          {kind === 'dates' && (
            <>
              <Field id="report-from" type="date" label={t('from')} value={from} onValue={setFrom} required />
              <Field id="report-to" type="date" label={t('toIncluded')} value={to} onValue={setTo} required />
            </>
          )}
        </div>
        {succeeds && (
          <label class="check">
            <input
              type="checkbox"
              checked={predecessors}
              onChange={(e) => setPredecessors((e.target as HTMLInputElement).checked)}
            />{' '}
            {t('includePredecessors', { ids: (council.succeeds ?? []).join(', ') })}
          </label>
        )}
        <div class="inline">
          <button type="submit" class="primary">
            {t('showReport')}
          </button>
          <button type="button" onClick={() => void save('csv', 'text/csv')}>
            {t('downloadCsv')}
          </button>
          <button type="button" onClick={() => void save('md', 'text/markdown')}>
            {t('downloadMarkdown')}
          </button>
        </div>
      </form>
      <ActionStatus action={{ ...download, done: false }} />
      <Async state={state}>
        {({ report }) => {
          const figures = reportFigures(report);
          return (
            <>
              <ReportPeriodLine report={report} />
              <ReportCharts report={report} />
              <ReportIndicators indicators={report.followUps.indicators} />
              <TermCharts perYear={report.perYear} />
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

/** What the report covers, as the API read the period: `to` is the first instant after it. */
function ReportPeriodLine({ report }: { report: EvaluationReport }) {
  const { t, fmt } = useApp();
  const last = new Date(Date.parse(report.period.to) - 1).toISOString();
  return (
    <p data-testid="report-period">
      {t('reportCovers', { from: fmt.date(report.period.from), to: fmt.date(last) })}
      {report.includes && report.includes.length > 0 && (
        <> {t('reportIncludes', { ids: report.includes.join(', ') })}</>
      )}
    </p>
  );
}

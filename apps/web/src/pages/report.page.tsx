import { useState } from 'preact/hooks';
import { BarChart } from '../charts/bar-chart';
import { zonedToIso } from '../format/zoned-time';
import { useApp } from '../session/app-context';
import { Field } from '../ui/fields';
import { ActionStatus, Async } from '../ui/status';
import { useAction, useAsync } from '../ui/use-async';
import { reportFigures } from './report-figures';

/** Issue 9, the evaluator: issue 7's evaluation report as charts, and as CSV or Markdown files. */
export function ReportPage() {
  const { api, councilPath, t, council } = useApp();
  const year = new Date().getFullYear();
  const [from, setFrom] = useState(`${year - 1}-01-01`);
  const [to, setTo] = useState(`${year + 1}-01-01`);
  const [period, setPeriod] = useState({ from, to });
  const query = () => {
    const f = zonedToIso(period.from, council.timeZone);
    const tt = zonedToIso(period.to, council.timeZone);
    return `?from=${encodeURIComponent(f ?? '')}&to=${encodeURIComponent(tt ?? '')}`;
  };
  const state = useAsync(() => api.json<unknown>(councilPath(`/evaluation-report${query()}`)), [api, period]);
  const download = useAction();
  const save = (format: 'csv' | 'markdown', accept: string, extension: string) =>
    download.run(async () => {
      const blob = await api.blob(councilPath(`/evaluation-report${query()}&format=${format}`), accept);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `evaluation-report-${period.from}-${period.to}.${extension}`;
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
        <button type="button" onClick={() => void save('csv', 'text/csv', 'csv')}>
          {t('downloadCsv')}
        </button>
        <button type="button" onClick={() => void save('markdown', 'text/markdown', 'md')}>
          {t('downloadMarkdown')}
        </button>
      </form>
      <ActionStatus action={{ ...download, done: false }} />
      <Async state={state}>
        {(report) => {
          const figures = reportFigures(report);
          return (
            <>
              <div class="charts">
                {figures.charts.map((c) => (
                  <BarChart key={c.title} title={c.title} bars={c.bars} />
                ))}
              </div>
              {figures.numbers.length > 0 && (
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
              )}
            </>
          );
        }}
      </Async>
    </section>
  );
}

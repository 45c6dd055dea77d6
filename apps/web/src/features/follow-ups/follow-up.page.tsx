import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { FollowUp } from '../../api/api-types';
import { zonedToIso } from '../../format/zoned-time';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import { Field } from '../../ui/fields';
import { href } from '../../ui/router';
import { ActionStatus, Async } from '../../ui/status';
import { useAction, useAsync } from '../../ui/use-async';
import { canWriteFollowUps } from '../../session/roles';
import { EvaluationPanel, PhasesPanel, VerdictPanel } from './follow-up-actions';
import { MilestonesPanel } from './follow-up-milestones';
import { IndicatorsPanel } from './follow-up-indicators';
import { PlanRevisionPanel } from './follow-up-plan';
import { PlanRevisions } from './follow-up-plan-revisions';
import { amountsByYear, numberFormat, parseTypedNumber } from '../../format/number-format';
import { asRead } from '../../ui/case-write';
import { OccurredOnField } from '../../ui/occurred-on-field';
import { occurredAtOf } from '../../format/plain-date';

/** The page of the case a follow-up implements (a meeting item's is its meeting's). */
function implementsHref(i: FollowUp['implements']): string {
  if (i.kind === 'budget-proposal') return href('proposals', i.id);
  if (i.kind === 'hearing') return href('hearings', i.id);
  return href('meetings', i.id);
}

export function FollowUpPage({ id }: { id: string }) {
  const { api, councilPath, t, fmt, claims, language } = useApp();
  const n = numberFormat(language);
  const path = councilPath(`/follow-ups/${encodeURIComponent(id)}`);
  const state = useAsync(() => api.json<FollowUp>(path), [api, path]);
  const actions = (followUp: FollowUp) => ({
    followUp,
    path,
    reload: state.reload,
    canWrite: canWriteFollowUps(claims.role),
  });
  return (
    <Async state={state}>
      {(f) => (
        <article aria-labelledby="follow-up-title">
          <h1 id="follow-up-title">{f.title}</h1>
          <dl class="facts">
            <dt>{t('status')}</dt>
            <dd>
              <span class="badge">{word(t, 'status', f.status)}</span>
            </dd>
            <dt>{t('implementsLabel')}</dt>
            <dd>
              <a href={implementsHref(f.implements)}>{word(t, 'implements', f.implements.kind)}</a>
            </dd>
            <dt>{t('responsibleUnit')}</dt>
            <dd data-testid="responsible-unit">{f.responsible.unit}</dd>
            {f.areas.length > 0 && (
              <>
                <dt>{t('areas')}</dt>
                <dd data-testid="follow-up-areas">{f.areas.join(', ')}</dd>
              </>
            )}
            <dt>{t('grantsLabel')}</dt>
            <dd data-testid="follow-up-grants">{amountsByYear(language, f.grants)}</dd>
            <dt>{t('reportEveryLabel')}</dt>
            <dd data-testid="report-every">
              {f.reportEvery ? word(t, 'every', f.reportEvery) : t('reportEveryNone')}
            </dd>
            {f.evaluationDue && !f.evaluation && (
              <>
                <dt>{t('evaluationDueLabel')}</dt>
                <dd>{fmt.date(f.evaluationDue)}</dd>
              </>
            )}
            {f.nextDue && (
              <>
                <dt>{word(t, 'due', f.nextDue.kind)}</dt>
                <dd>{fmt.dateTime(f.nextDue.dueAt)}</dd>
              </>
            )}
            {f.overdue.map((o) => (
              <Fragment key={o.id}>
                <dt>{word(t, 'due', o.kind)}</dt>
                <dd>
                  {fmt.dateTime(o.dueAt)} <span class="badge danger">{t('overdue')}</span>
                </dd>
              </Fragment>
            ))}
          </dl>
          <p>
            <a href={href('cases', 'follow-ups', f.id)}>{t('chainTitle')}</a>
          </p>
          <PhasesPanel {...actions(f)} />
          <MilestonesPanel {...actions(f)} />
          <IndicatorsPanel indicators={f.progress.indicators} />
          <PlanRevisionPanel key={f.revision} {...actions(f)} />
          <PlanRevisions followUp={f} />
          {canWriteFollowUps(claims.role) && f.status !== 'concluded' && (
            <StatusReportForm key={f.revision} followUp={f} path={path} reload={state.reload} />
          )}
          <EvaluationPanel key={f.revision} {...actions(f)} />
          <VerdictPanel {...actions(f)} />
          <h2>{t('reports')}</h2>
          <ul class="plain">
            {f.reports.map((r, i) => (
              <li key={i}>
                {r.asOf && <time dateTime={r.asOf}>{fmt.date(r.asOf)}: </time>}
                {r.summary}
                {r.values.length > 0 && (
                  <ul class="plain muted" data-testid="report-values">
                    {r.values.map((v) => {
                      const indicator = f.indicators.find((i) => i.id === v.indicatorId);
                      return (
                        <li key={v.indicatorId}>
                          {t('indicatorValue', {
                            name: indicator?.name ?? v.indicatorId,
                            value: n(v.value),
                            unit: indicator?.unit ?? '',
                            target: n(indicator?.target),
                          })}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </article>
      )}
    </Async>
  );
}

/** Issue 9: a status report in one short form: a sentence, the date it holds for, the indicators. */
function StatusReportForm({ followUp, path, reload }: { followUp: FollowUp; path: string; reload(): void }) {
  const { t, api, council } = useApp();
  const [summary, setSummary] = useState('');
  const [asOf, setAsOf] = useState('');
  const [made, setMade] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const action = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = {
      summary,
      ...(asOf && { asOf: zonedToIso(asOf, council.timeZone) }),
      // Issue 18.1: a report entered after the fact counts in the report when it was made.
      ...occurredAtOf(made, council.timeZone),
      values: Object.entries(values)
        .filter(([, v]) => v !== '')
        .map(([indicatorId, v]) => ({ indicatorId, value: parseTypedNumber(v) })),
    };
    if (
      await action.run(() =>
        api.json(`${path}/status-reports`, { method: 'POST', body, ...asRead(path, followUp.revision) }),
      )
    )
      reload();
  };
  return (
    <form class="card" onSubmit={submit} aria-labelledby="report-form-title">
      <h2 id="report-form-title">{t('recordReport')}</h2>
      <Field id="report-summary" label={t('reportSummary')} value={summary} onValue={setSummary} required />
      <Field id="report-as-of" type="date" label={t('reportAsOf')} value={asOf} onValue={setAsOf} />
      <OccurredOnField id="report-made-on" label={t('reportMadeOn')} value={made} onValue={setMade} />
      {followUp.indicators.map((i) => (
        <Field
          key={i.id}
          id={`indicator-${i.id}`}
          inputMode="decimal"
          label={`${i.name} (${i.unit}, ${t('target', { target: i.target })})`}
          value={values[i.id] ?? ''}
          onValue={(v) => setValues({ ...values, [i.id]: v })}
        />
      ))}
      <button type="submit" class="primary" disabled={action.busy}>
        {t('recordReport')}
      </button>
      <ActionStatus action={action} />
    </form>
  );
}

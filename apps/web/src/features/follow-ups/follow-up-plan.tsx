import { useState } from 'preact/hooks';
import { isoToZonedLocal, zonedToIso } from '../../format/zoned-time';
import { useApp } from '../../session/app-context';
import { Field, Select, TextArea } from '../../ui/fields';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';
import type { ActionProps } from './follow-up-actions';
import { additions, drops, DropChoices, NewItemFields, NO_NEW_ITEMS } from './follow-up-plan-changes';
import { currentPlan, planDates, planNames } from './follow-up-plan-dates';
import { REPORT_INTERVALS, reportEveryOptions } from './new-follow-up.form';
import { asRead } from '../../ui/case-write';

/**
 * Issue 6: a revision moves dates and the reporting interval, adds phases and milestones and drops what nothing has happened
 * to, and says why. Only the dates changed here are sent, at the start of the day in the council's
 * zone; an unchanged one keeps its exact time, and a dropped one is not moved.
 */
export function PlanRevisionPanel({ followUp, path, reload, canWrite }: ActionProps) {
  const { t, api, council } = useApp();
  const dates = planDates(currentPlan(followUp), planNames(followUp), t);
  const day = (iso: string | undefined) => (iso ? isoToZonedLocal(iso, council.timeZone).slice(0, 10) : '');
  const initial = Object.fromEntries(dates.map((d) => [d.key, day(d.iso)]));
  const [values, setValues] = useState(initial);
  const [reason, setReason] = useState('');
  const [items, setItems] = useState(NO_NEW_ITEMS);
  const [dropped, setDropped] = useState<string[]>([]);
  const [reportEvery, setReportEvery] = useState(followUp.reportEvery ?? '');
  const action = useAction();
  // A date of something ticked to be dropped is not moved (the API refuses both at once).
  const isDropped = (key: string) => dropped.some((d) => key === d || key.startsWith(`${d}:`));
  if (!canWrite || followUp.verdict) return null;
  const submit = async (e: Event) => {
    e.preventDefault();
    const moved = (key: string) =>
      values[key] && values[key] !== initial[key] && !isDropped(key)
        ? zonedToIso(values[key], council.timeZone)
        : undefined;
    const phases = followUp.phases
      .map((p) => ({
        id: p.id,
        plannedStart: moved(`phase:${p.id}:plannedStart`),
        plannedEnd: moved(`phase:${p.id}:plannedEnd`),
      }))
      .filter((p) => p.plannedStart || p.plannedEnd);
    const milestones = followUp.milestones
      .map((m) => ({ id: m.id, due: moved(`milestone:${m.id}`) }))
      .filter((m) => m.due);
    const evaluationDue = moved('evaluationDue');
    const body = {
      reason,
      phases,
      milestones,
      ...(evaluationDue && { evaluationDue }),
      ...(reportEvery !== (followUp.reportEvery ?? '') && reportEvery && { reportEvery }),
      ...additions(items, council.timeZone),
      ...drops(dropped),
    };
    if (
      await action.run(() =>
        api.json(`${path}/plan-revision`, { method: 'POST', body, ...asRead(path, followUp.revision) }),
      )
    )
      reload();
  };
  return (
    <details class="card">
      <summary>{t('revisePlan')}</summary>
      <form onSubmit={submit}>
        <fieldset class="two">
          <legend>{t('moveDates')}</legend>
          {dates.map((d) => (
            <Field
              key={d.key}
              id={`plan-${d.key.replace(/:/g, '-')}`}
              type="date"
              label={d.label}
              value={values[d.key]}
              disabled={isDropped(d.key)}
              onValue={(v) => setValues({ ...values, [d.key]: v })}
            />
          ))}
        </fieldset>
        <DropChoices followUp={followUp} value={dropped} onValue={setDropped} />
        <NewItemFields value={items} onValue={setItems} />
        <Select
          id="plan-report-every"
          label={t('reportEveryLabel')}
          value={reportEvery}
          onValue={setReportEvery}
          options={[
            ...(followUp.reportEvery && !REPORT_INTERVALS.some((p) => p === followUp.reportEvery)
              ? [[followUp.reportEvery, followUp.reportEvery] as [string, string]]
              : []),
            ...reportEveryOptions(t, !followUp.reportEvery),
          ]}
        />
        <TextArea id="plan-reason" label={t('revisionReason')} value={reason} onValue={setReason} rows={2} />
        <button type="submit" class="primary" disabled={action.busy}>
          {t('revisePlan')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

import { useState } from 'preact/hooks';
import type { FollowUp, PlanDates } from '../api/api-types';
import { isoToZonedLocal, zonedToIso } from '../format/zoned-time';
import type { Translate } from '../i18n/language';
import { useApp } from '../session/app-context';
import { Field, TextArea } from '../ui/fields';
import { ActionStatus } from '../ui/status';
import { useAction } from '../ui/use-async';
import type { ActionProps } from './follow-up-actions';

/** One date the plan holds: a phase's start or end, a milestone's due date, the evaluation's. */
interface PlanDate {
  key: string;
  label: string;
  iso: string | undefined;
}

function planDates(plan: PlanDates, followUp: FollowUp, t: Translate): PlanDate[] {
  const phase = (id: string) => followUp.phases.find((p) => p.id === id)?.name ?? id;
  const milestone = (id: string) => followUp.milestones.find((m) => m.id === id)?.name ?? id;
  return [
    ...plan.phases.flatMap((p) => [
      {
        key: `phase:${p.id}:plannedStart`,
        label: t('plannedStartOf', { name: phase(p.id) }),
        iso: p.plannedStart,
      },
      { key: `phase:${p.id}:plannedEnd`, label: t('plannedEndOf', { name: phase(p.id) }), iso: p.plannedEnd },
    ]),
    ...plan.milestones.map((m) => ({
      key: `milestone:${m.id}`,
      label: t('milestoneDueOf', { name: milestone(m.id) }),
      iso: m.due,
    })),
    { key: 'evaluationDue', label: t('evaluationDueLabel'), iso: plan.evaluationDue },
  ];
}

/** The plan as the view gives it now, in the shape a revision records. */
function currentPlan(f: FollowUp): PlanDates {
  return {
    phases: f.phases.map((p) => ({
      id: p.id,
      plannedStart: p.plannedStart,
      plannedEnd: p.plannedEnd ?? undefined,
    })),
    milestones: f.milestones.map((m) => ({ id: m.id, due: m.due })),
    evaluationDue: f.evaluationDue ?? undefined,
  };
}

/**
 * Issue 6: a revision moves dates and says why. Only the dates changed here are sent, at the
 * start of the day in the council's zone; an unchanged one keeps its exact time.
 */
export function PlanRevisionPanel({ followUp, path, reload, canWrite }: ActionProps) {
  const { t, api, council } = useApp();
  const dates = planDates(currentPlan(followUp), followUp, t);
  const day = (iso: string | undefined) => (iso ? isoToZonedLocal(iso, council.timeZone).slice(0, 10) : '');
  const initial = Object.fromEntries(dates.map((d) => [d.key, day(d.iso)]));
  const [values, setValues] = useState(initial);
  const [reason, setReason] = useState('');
  const action = useAction();
  if (!canWrite || followUp.verdict) return null;
  const submit = async (e: Event) => {
    e.preventDefault();
    const moved = (key: string) =>
      values[key] && values[key] !== initial[key] ? zonedToIso(values[key], council.timeZone) : undefined;
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
    const body = { reason, phases, milestones, ...(evaluationDue && { evaluationDue }) };
    if (await action.run(() => api.json(`${path}/plan-revision`, { method: 'POST', body }))) reload();
  };
  return (
    <details class="card">
      <summary>{t('revisePlan')}</summary>
      <form onSubmit={submit}>
        <div class="two">
          {dates.map((d) => (
            <Field
              key={d.key}
              id={`plan-${d.key.replace(/:/g, '-')}`}
              type="date"
              label={d.label}
              value={values[d.key]}
              onValue={(v) => setValues({ ...values, [d.key]: v })}
            />
          ))}
        </div>
        <TextArea id="plan-reason" label={t('revisionReason')} value={reason} onValue={setReason} rows={2} />
        <button type="submit" class="primary" disabled={action.busy}>
          {t('revisePlan')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

/** Every revision with its reason and what it moved, from the plan before to the plan after. */
export function PlanRevisions({ followUp }: { followUp: FollowUp }) {
  const { t, fmt } = useApp();
  if (!followUp.planRevisions.length) return null;
  return (
    <section aria-labelledby="revisions-title">
      <h2 id="revisions-title">{t('planRevisions')}</h2>
      <ol class="plain">
        {followUp.planRevisions.map((r, i) => {
          const after = new Map(planDates(r.plan, followUp, t).map((d) => [d.key, d.iso]));
          const moved = planDates(r.previous, followUp, t).filter((d) => after.get(d.key) !== d.iso);
          return (
            <li key={i} class="card" data-testid="plan-revision">
              <p>
                <time dateTime={r.revisedAt}>{fmt.date(r.revisedAt)}</time>: {r.reason}
              </p>
              <ul class="small">
                {moved.map((d) => (
                  <li key={d.key}>
                    {t('movedFromTo', {
                      what: d.label,
                      from: fmt.date(d.iso),
                      to: fmt.date(after.get(d.key)),
                    })}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

import { useState } from 'preact/hooks';
import type { FollowUpMilestone } from '../../api/api-types';
import { zonedToIso } from '../../format/zoned-time';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import { Field, Select, TextArea } from '../../ui/fields';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';
import type { ActionProps } from './follow-up-actions';
import { asRead } from '../../ui/case-write';

/** The plan's milestones with their standing; a writer records each as met or missed. */
export function MilestonesPanel({ followUp, path, reload, canWrite }: ActionProps) {
  const { t, fmt } = useApp();
  if (!followUp.milestones.length) return null;
  const open = canWrite && !followUp.verdict;
  return (
    <section aria-labelledby="milestones-title">
      <h2 id="milestones-title">{t('milestones')}</h2>
      <ul class="plain">
        {followUp.milestones.map((m) => (
          <li key={m.id} class="card" data-testid="milestone">
            <strong>{m.name}</strong>{' '}
            <span class={m.status === 'overdue' || m.status === 'missed' ? 'badge danger' : 'badge'}>
              {word(t, 'milestoneStatus', m.status)}
            </span>
            <p class="muted small">
              {t('milestoneDue', { when: fmt.date(m.due) })}
              {m.completedOn && ` · ${t('milestoneRecorded', { when: fmt.date(m.completedOn) })}`}
            </p>
            {open && !m.completedOn && (
              <CompleteMilestoneForm milestone={m} path={path} reload={reload} revision={followUp.revision} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** `on` is the actual date, never a future one (the API refuses it); empty, it is today. */
function CompleteMilestoneForm({
  milestone,
  path,
  reload,
  revision,
}: {
  milestone: FollowUpMilestone;
  path: string;
  revision: number;
  reload(): void;
}) {
  const { t, api, council } = useApp();
  const [outcome, setOutcome] = useState('met');
  const [on, setOn] = useState('');
  const [note, setNote] = useState('');
  const action = useAction();
  const prefix = `milestone-${milestone.id}`;
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = {
      outcome,
      ...(on && { on: zonedToIso(on, council.timeZone) }),
      ...(note && { note }),
    };
    const url = `${path}/milestones/${encodeURIComponent(milestone.id)}/completion`;
    if (await action.run(() => api.json(url, { method: 'POST', body, ...asRead(path, revision) }))) reload();
  };
  return (
    <details>
      <summary>{t('completeMilestone', { name: milestone.name })}</summary>
      <form onSubmit={submit}>
        <div class="two">
          <Select
            id={`${prefix}-outcome`}
            label={t('outcome')}
            value={outcome}
            onValue={setOutcome}
            options={['met', 'missed'].map((o) => [o, word(t, 'milestoneStatus', o)])}
          />
          <Field
            id={`${prefix}-on`}
            type="date"
            label={`${t('actualDate')} (${council.timeZone})`}
            hint={t('todayHint')}
            value={on}
            onValue={setOn}
          />
        </div>
        <TextArea id={`${prefix}-note`} label={t('milestoneNote')} value={note} onValue={setNote} rows={2} />
        <button type="submit" class="primary" disabled={action.busy}>
          {t('completeMilestone', { name: milestone.name })}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

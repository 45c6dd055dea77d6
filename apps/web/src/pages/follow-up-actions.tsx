import { useState } from 'preact/hooks';
import { VERDICTS, type FollowUp, type Verdict } from '../api/api-types';
import { word } from '../i18n/language';
import { useApp } from '../session/app-context';
import { Select, TextArea } from '../ui/fields';
import { ActionStatus } from '../ui/status';
import { useAction } from '../ui/use-async';

interface ActionProps {
  followUp: FollowUp;
  path: string;
  reload(): void;
  /** Only secretary and chair may write (FOLLOW_UP_WRITERS); the others read the phases. */
  canWrite: boolean;
}

/** The plan's phases with their actual dates; a writer starts and completes them (today). */
export function PhasesPanel({ followUp, path, reload, canWrite }: ActionProps) {
  const { t, fmt, api } = useApp();
  const action = useAction();
  if (!followUp.phases.length) return null;
  const step = async (phaseId: string, to: 'start' | 'completion') => {
    const url = `${path}/phases/${encodeURIComponent(phaseId)}/${to}`;
    if (await action.run(() => api.json(url, { method: 'POST', body: {} }))) reload();
  };
  const open = canWrite && !followUp.verdict;
  return (
    <section aria-labelledby="phases-title">
      <h2 id="phases-title">{t('phases')}</h2>
      <ul class="plain">
        {followUp.phases.map((p) => (
          <li key={p.id} class="card" data-testid="phase">
            <strong>{p.name}</strong>
            <p class="muted small">
              {t('phasePlanned', { start: fmt.date(p.plannedStart) })}
              {p.plannedEnd && ` – ${fmt.date(p.plannedEnd)}`}
            </p>
            {p.startedOn && <p>{t('phaseStarted', { when: fmt.date(p.startedOn) })}</p>}
            {p.completedOn && <p>{t('phaseCompleted', { when: fmt.date(p.completedOn) })}</p>}
            {open && !p.startedOn && (
              <button type="button" disabled={action.busy} onClick={() => void step(p.id, 'start')}>
                {t('startPhase', { name: p.name })}
              </button>
            )}
            {open && p.startedOn && !p.completedOn && (
              <button type="button" disabled={action.busy} onClick={() => void step(p.id, 'completion')}>
                {t('completePhase', { name: p.name })}
              </button>
            )}
          </li>
        ))}
      </ul>
      <ActionStatus action={action} />
    </section>
  );
}

/** The verdict ends the follow-up: continue, adjust or discontinue, always with a reason. */
export function VerdictPanel({ followUp, path, reload, canWrite }: ActionProps) {
  const { t, fmt, api } = useApp();
  const [verdict, setVerdict] = useState<Verdict>('continue');
  const [reason, setReason] = useState('');
  const action = useAction();
  if (followUp.verdict)
    return (
      <section aria-labelledby="verdict-title">
        <h2 id="verdict-title">{t('verdict')}</h2>
        <p data-testid="verdict">
          <span class="badge">{word(t, 'verdict', followUp.verdict.verdict)}</span>{' '}
          {fmt.date(followUp.verdict.givenOn)}: {followUp.verdict.reason}
        </p>
      </section>
    );
  if (!canWrite) return null;
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = { verdict, reason };
    if (await action.run(() => api.json(`${path}/verdict`, { method: 'POST', body }))) reload();
  };
  return (
    <details class="card">
      <summary>{t('giveVerdict')}</summary>
      <form onSubmit={submit}>
        <Select
          id="verdict"
          label={t('verdict')}
          value={verdict}
          onValue={(v) => setVerdict(v as Verdict)}
          options={VERDICTS.map((v) => [v, word(t, 'verdict', v)])}
        />
        <TextArea
          id="verdict-reason"
          label={t('verdictReason')}
          value={reason}
          onValue={setReason}
          rows={3}
        />
        <button type="submit" class="primary" disabled={action.busy}>
          {t('giveVerdict')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

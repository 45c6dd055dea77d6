import { namesAPhase } from '../../format/wording';
import { useState } from 'preact/hooks';
import { VERDICTS, type FollowUp, type Verdict } from '../../api/api-types';
import { zonedToIso } from '../../format/zoned-time';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import { Field, Select, TextArea } from '../../ui/fields';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';
import { asRead } from '../../ui/case-write';

export interface ActionProps {
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
    if (
      await action.run(() => api.json(url, { method: 'POST', body: {}, ...asRead(path, followUp.revision) }))
    )
      reload();
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
                {t(namesAPhase(p.name) ? 'startNamedPhase' : 'startPhase', { name: p.name })}
              </button>
            )}
            {open && p.startedOn && !p.completedOn && (
              <button type="button" disabled={action.busy} onClick={() => void step(p.id, 'completion')}>
                {t(namesAPhase(p.name) ? 'completeNamedPhase' : 'completePhase', { name: p.name })}
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
    if (
      await action.run(() =>
        api.json(`${path}/verdict`, { method: 'POST', body, ...asRead(path, followUp.revision) }),
      )
    )
      reload();
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

/** Issue 6: the midway evaluation, once, by its due date; its date is today unless said. */
export function EvaluationPanel({ followUp, path, reload, canWrite }: ActionProps) {
  const { t, fmt, api, council } = useApp();
  const [summary, setSummary] = useState('');
  const [on, setOn] = useState('');
  const action = useAction();
  if (followUp.evaluation)
    return (
      <section aria-labelledby="evaluation-title">
        <h2 id="evaluation-title">{t('evaluation')}</h2>
        <p data-testid="evaluation">
          {t('evaluatedOn', { when: fmt.date(followUp.evaluation.evaluatedOn) })}:{' '}
          {followUp.evaluation.summary}
        </p>
      </section>
    );
  if (!canWrite || followUp.verdict) return null;
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = { summary, ...(on && { evaluatedOn: zonedToIso(on, council.timeZone) }) };
    if (
      await action.run(() =>
        api.json(`${path}/evaluation`, { method: 'POST', body, ...asRead(path, followUp.revision) }),
      )
    )
      reload();
  };
  return (
    <details class="card">
      <summary>{t('recordEvaluation')}</summary>
      <form onSubmit={submit}>
        <TextArea
          id="evaluation-summary"
          label={t('evaluationSummary')}
          value={summary}
          onValue={setSummary}
        />
        <Field
          id="evaluation-on"
          type="date"
          label={`${t('actualDate')} (${council.timeZone})`}
          hint={t('todayHint')}
          value={on}
          onValue={setOn}
        />
        <button type="submit" class="primary" disabled={action.busy}>
          {t('recordEvaluation')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

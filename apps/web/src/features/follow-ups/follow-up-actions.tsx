import { namesAPhase } from '../../format/wording';
import { useState } from 'preact/hooks';
import {
  EVALUATION_KINDS,
  VERDICTS,
  type EvaluationKind,
  type FollowUp,
  type Verdict,
} from '../../api/api-types';
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

/**
 * Issue 18.6: a follow-up takes several dated evaluations (midway, final, extra), each with its
 * own verdict on the work so far; all are listed, and a writer adds one until the follow-up's
 * verdict ends it. The API takes one final evaluation, so "final" is offered until it is given.
 */
export function EvaluationPanel({ followUp, path, reload, canWrite }: ActionProps) {
  const { t, fmt, api, council } = useApp();
  const finalGiven = followUp.evaluations.some((e) => e.kind === 'final');
  const kinds = EVALUATION_KINDS.filter((k) => k !== 'final' || !finalGiven);
  const firstKind = followUp.evaluations.length === 0 ? 'midway' : finalGiven ? 'extra' : 'final';
  const [kind, setKind] = useState<EvaluationKind>(firstKind);
  const [verdict, setVerdict] = useState<Verdict | ''>('');
  const [summary, setSummary] = useState('');
  const [on, setOn] = useState('');
  const action = useAction();
  const open = canWrite && !followUp.verdict;
  if (!open && followUp.evaluations.length === 0) return null;
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = {
      summary,
      kind,
      ...(verdict && { verdict }),
      ...(on && { evaluatedOn: zonedToIso(on, council.timeZone) }),
    };
    if (
      await action.run(() =>
        api.json(`${path}/evaluation`, { method: 'POST', body, ...asRead(path, followUp.revision) }),
      )
    )
      reload();
  };
  return (
    <section aria-labelledby="evaluation-title">
      <h2 id="evaluation-title">{t('evaluation')}</h2>
      {followUp.evaluations.length === 0 ? (
        <p class="muted">{t('evaluationsNone')}</p>
      ) : (
        <ul class="plain">
          {followUp.evaluations.map((ev, i) => (
            <li key={i} class="card" data-testid="evaluation">
              <strong>{word(t, 'evaluationKind', ev.kind ?? 'none')}</strong>{' '}
              {ev.verdict && <span class="badge">{word(t, 'verdict', ev.verdict)}</span>}
              <p>
                {t('evaluatedOn', { when: fmt.date(ev.evaluatedOn) })}: {ev.summary}
              </p>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <details class="card">
          <summary>{t('recordEvaluation')}</summary>
          <form onSubmit={submit}>
            <Select
              id="evaluation-kind"
              label={t('evaluationKind')}
              value={kind}
              onValue={(v) => setKind(v as EvaluationKind)}
              options={kinds.map((k) => [k, word(t, 'evaluationKind', k)])}
            />
            <Select
              id="evaluation-verdict"
              label={t('evaluationVerdict')}
              value={verdict}
              onValue={(v) => setVerdict(v as Verdict | '')}
              options={[
                ['', t('evaluationVerdictNone')],
                ...VERDICTS.map((v): [string, string] => [v, word(t, 'verdict', v)]),
              ]}
            />
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
      )}
    </section>
  );
}

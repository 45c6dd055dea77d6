import { useState } from 'preact/hooks';
import type { FollowUpListItem, Proposal, WriteAnswer } from '../../api/api-types';
import { zonedToIso } from '../../format/zoned-time';
import { type MessageKey } from '../../i18n/dictionary';
import { useApp } from '../../session/app-context';
import { canWriteFollowUps } from '../../session/roles';
import { Field, Select } from '../../ui/fields';
import { href, navigate } from '../../ui/router';
import { ActionStatus } from '../../ui/status';
import { useAction, useAsync } from '../../ui/use-async';

/** Seed 003's follow-ups report quarterly; the others are the intervals a council plans by. */
export const REPORT_INTERVALS = ['P1M', 'P3M', 'P6M', 'P12M'] as const;

export function reportEveryOptions(t: (key: MessageKey) => string, none = true): [string, string][] {
  return [
    ...(none ? [['', t('reportEveryNone')] as [string, string]] : []),
    ...REPORT_INTERVALS.map((p): [string, string] => [p, t(`every.${p}` as MessageKey)]),
  ];
}

/**
 * An adopted (or partly adopted) proposal is followed up (seed 003): the follow-ups made from it,
 * and for the secretary or chair a short form that creates one. The grants are the decision's,
 * copied by the API; the plan starts with one phase and is revised on the follow-up's page.
 */
export function ProposalFollowUps({ proposal, path }: { proposal: Proposal; path: string }) {
  const { t, api, councilPath, claims, council } = useApp();
  const followUps = useAsync(
    () =>
      api
        .json<{ items: FollowUpListItem[] }>(
          councilPath(`/follow-ups?implementsId=${encodeURIComponent(proposal.id)}`),
        )
        .then((p) => p.items),
    [api, proposal.id],
  );
  const [title, setTitle] = useState(proposal.title);
  const [responsible, setResponsible] = useState('');
  const [phaseName, setPhaseName] = useState('Fase 1');
  const [phaseStart, setPhaseStart] = useState('');
  const [reportEvery, setReportEvery] = useState('P3M');
  const [evaluationDue, setEvaluationDue] = useState('');
  const action = useAction();
  const adopted = proposal.decision && proposal.decision.outcome !== 'rejected';
  if (!adopted) return null;
  const submit = async (e: Event) => {
    e.preventDefault();
    const day = (v: string) => (v ? zonedToIso(v, council.timeZone) : undefined);
    const body = {
      title,
      responsible,
      phases: [{ name: phaseName, plannedStart: day(phaseStart) }],
      ...(reportEvery && { reportEvery }),
      ...(evaluationDue && { evaluationDue: day(evaluationDue) }),
    };
    let answer: WriteAnswer | undefined;
    const ok = await action.run(async () => {
      answer = await api.json<WriteAnswer>(`${path}/follow-up`, { method: 'POST', body });
    });
    if (ok && answer) navigate('follow-ups', answer.id);
  };
  return (
    <section aria-labelledby="proposal-follow-ups-title">
      <h2 id="proposal-follow-ups-title">{t('navFollowUps')}</h2>
      {followUps.data && followUps.data.length > 0 && (
        <ul class="plain">
          {followUps.data.map((f) => (
            <li key={f.id}>
              <a href={href('follow-ups', f.id)}>{f.title}</a>
            </li>
          ))}
        </ul>
      )}
      {canWriteFollowUps(claims.role) && (
        <details class="card">
          <summary>{t('createFollowUp')}</summary>
          <form onSubmit={submit}>
            <p class="muted small">{t('createFollowUpHint')}</p>
            <Field id="fu-title" label={t('newFollowUpTitle')} value={title} onValue={setTitle} required />
            <Field
              id="fu-responsible"
              label={t('responsibleUnit')}
              value={responsible}
              onValue={setResponsible}
              required
            />
            <div class="two">
              <Field
                id="fu-phase-name"
                label={t('firstPhaseName')}
                value={phaseName}
                onValue={setPhaseName}
              />
              <Field
                id="fu-phase-start"
                type="date"
                label={`${t('firstPhaseStart')} (${council.timeZone})`}
                value={phaseStart}
                onValue={setPhaseStart}
              />
            </div>
            <Select
              id="fu-report-every"
              label={t('reportEveryLabel')}
              value={reportEvery}
              onValue={setReportEvery}
              options={reportEveryOptions(t)}
            />
            <Field
              id="fu-evaluation-due"
              type="date"
              label={`${t('evaluationDueField')} (${council.timeZone})`}
              value={evaluationDue}
              onValue={setEvaluationDue}
            />
            <button type="submit" class="primary" disabled={action.busy}>
              {t('createFollowUp')}
            </button>
            <ActionStatus action={action} />
          </form>
        </details>
      )}
    </section>
  );
}

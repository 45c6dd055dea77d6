import { useState } from 'preact/hooks';
import type { FollowUpListItem, WriteAnswer } from '../../api/api-types';
import { zonedToIso } from '../../format/zoned-time';
import type { MessageKey } from '../../i18n/dictionary';
import { useApp } from '../../session/app-context';
import { canWriteFollowUps } from '../../session/roles';
import { Field, Select } from '../../ui/fields';
import { href, navigate } from '../../ui/router';
import { ActionStatus } from '../../ui/status';
import { NewPlanRows, NO_PLAN_ROWS, planRowsBody, type PlanRows } from './new-plan-rows';
import { useAction, useAsync } from '../../ui/use-async';

/** Seed 003's follow-ups report quarterly; the others are the intervals a council plans by. */
export const REPORT_INTERVALS = ['P1M', 'P3M', 'P6M', 'P12M'] as const;

export function reportEveryOptions(t: (key: MessageKey) => string, none = true): [string, string][] {
  return [
    ...(none ? [['', t('reportEveryNone')] as [string, string]] : []),
    ...REPORT_INTERVALS.map((p): [string, string] => [p, t(`every.${p}` as MessageKey)]),
  ];
}

interface NewFollowUpProps {
  /** Unique on the page: the fields' ids start with it. */
  idPrefix: string;
  /** The follow-ups of this case (`?implementsId=`: a proposal, a hearing, a meeting). */
  implementsId: string;
  /** Only those of one item of a meeting. */
  itemId?: string;
  /** The summary and the button: what is followed up. */
  label: string;
  hint: string;
  defaultTitle: string;
  /** Said under the grants: what the API does when none are given (a decision's are copied). */
  grantsHint?: string;
  /** Creates the follow-up from the form's plan; the page then opens it. */
  create(plan: Record<string, unknown>): Promise<WriteAnswer>;
}

/**
 * What a council followed up, and for the secretary or chair a short form that creates a
 * follow-up (seed 003): an adopted proposal's decision (its grants copied by the API), a
 * submitted hearing response, or a decided meeting item (issue 19). The plan starts with one
 * phase, and may take its milestones, indicators, grants and responsible secretary at once (as
 * the API does); it is revised on the follow-up's page.
 */
export function FollowUpsOfCase(props: NewFollowUpProps) {
  const { api, councilPath, claims } = useApp();
  const followUps = useAsync(
    () =>
      api
        .json<{ items: FollowUpListItem[] }>(
          councilPath(`/follow-ups?implementsId=${encodeURIComponent(props.implementsId)}`),
        )
        .then((p) =>
          p.items.filter((f) => props.itemId === undefined || f.implements.itemId === props.itemId),
        ),
    [api, props.implementsId, props.itemId],
  );
  return (
    <>
      {followUps.data && followUps.data.length > 0 && (
        <ul class="plain" data-testid={`${props.idPrefix}follow-ups`}>
          {followUps.data.map((f) => (
            <li key={f.id}>
              <a href={href('follow-ups', f.id)}>{f.title}</a>
            </li>
          ))}
        </ul>
      )}
      {canWriteFollowUps(claims.role) && <NewFollowUpForm {...props} />}
    </>
  );
}

function NewFollowUpForm({ idPrefix, label, hint, defaultTitle, grantsHint, create }: NewFollowUpProps) {
  const { t, council } = useApp();
  const [secretary, setSecretary] = useState('');
  const [rows, setRows] = useState<PlanRows>(NO_PLAN_ROWS);
  const [title, setTitle] = useState(defaultTitle);
  const [responsible, setResponsible] = useState('');
  const [phaseName, setPhaseName] = useState('Fase 1');
  const [phaseStart, setPhaseStart] = useState('');
  const [reportEvery, setReportEvery] = useState('P3M');
  const [evaluationDue, setEvaluationDue] = useState('');
  const action = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    const day = (v: string) => (v ? zonedToIso(v, council.timeZone) : undefined);
    const plan = {
      title,
      responsible,
      phases: [{ name: phaseName, plannedStart: day(phaseStart) }],
      ...(reportEvery && { reportEvery }),
      ...(evaluationDue && { evaluationDue: day(evaluationDue) }),
      // Issue 19: the whole plan at creation; no secretary chosen means the API's default, the caller.
      ...(secretary && { responsibleSecretaryId: secretary }),
      ...planRowsBody(rows, council.timeZone),
    };
    let answer: WriteAnswer | undefined;
    const ok = await action.run(async () => {
      answer = await create(plan);
    });
    if (ok && answer) navigate('follow-ups', answer.id);
  };
  const id = (name: string) => `${idPrefix}fu-${name}`;
  return (
    <details class="card">
      <summary>{label}</summary>
      <form onSubmit={submit}>
        <p class="muted small">{hint}</p>
        <Field id={id('title')} label={t('newFollowUpTitle')} value={title} onValue={setTitle} required />
        <Field
          id={id('responsible')}
          label={t('responsibleUnit')}
          value={responsible}
          onValue={setResponsible}
          required
        />
        <Select
          id={id('secretary')}
          label={t('responsibleSecretary')}
          value={secretary}
          onValue={setSecretary}
          options={[
            ['', t('responsibleSecretaryMe')],
            ...council.secretaries.map((s): [string, string] => [s.personId, s.name || s.personId]),
          ]}
        />
        <div class="two">
          <Field id={id('phase-name')} label={t('firstPhaseName')} value={phaseName} onValue={setPhaseName} />
          <Field
            id={id('phase-start')}
            type="date"
            label={`${t('firstPhaseStart')} (${council.timeZone})`}
            value={phaseStart}
            onValue={setPhaseStart}
          />
        </div>
        <Select
          id={id('report-every')}
          label={t('reportEveryLabel')}
          value={reportEvery}
          onValue={setReportEvery}
          options={reportEveryOptions(t)}
        />
        <Field
          id={id('evaluation-due')}
          type="date"
          label={`${t('evaluationDueField')} (${council.timeZone})`}
          value={evaluationDue}
          onValue={setEvaluationDue}
        />
        <NewPlanRows idPrefix={idPrefix} value={rows} onValue={setRows} grantsHint={grantsHint} />
        <button type="submit" class="primary" disabled={action.busy}>
          {label}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

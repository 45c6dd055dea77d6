import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { BudgetCycle, Proposal } from '../../api/api-types';
import { zonedToIso } from '../../format/zoned-time';
import type { MessageKey } from '../../i18n/dictionary';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import { Field, Select, TextArea } from '../../ui/fields';
import { href } from '../../ui/router';
import { ActionStatus, Async } from '../../ui/status';
import { useAction, useAsync } from '../../ui/use-async';
import { canWriteBudget } from '../../session/roles';
import { CalendarList } from './budget-calendar';
import { EditProposalPanel, RemarksPanel } from './proposal-edit-panels';
import { ProposalText } from './proposal-text';
import { ProposalFollowUps } from './proposal-follow-up';
import { ReasonForm } from '../../ui/reason-form';
import { amountsByYear, editableNumber, parseTypedNumber } from '../../format/number-format';
import { asRead } from '../../ui/case-write';
import { ConfirmStep } from '../../ui/confirm-step';
import { MergedFacts, MergePanel } from './proposal-merge-panel';
import { meetingOfStep, stepBeforeMeeting, submissionDeadlineOf } from './step-meeting';

/** Issue 5's calendar: which step the proposal takes next from where it stands. */
const NEXT_STEP: Record<string, string> = {
  draft: 'submission',
  submitted: 'discussion',
  discussed: 'prioritisation',
  prioritised: 'committee-approval',
  approved: 'negotiation',
  'in-negotiations': 'decision',
};

export function ProposalPage({ id }: { id: string }) {
  const { api, councilPath } = useApp();
  const path = councilPath(`/budget-proposals/${encodeURIComponent(id)}`);
  const state = useAsync(async () => {
    const proposal = await api.json<Proposal>(path);
    const cycle = await api.json<BudgetCycle>(
      councilPath(`/budget-cycles/${encodeURIComponent(proposal.cycleId)}`),
    );
    return { proposal, cycle };
  }, [api, path]);
  return (
    <Async state={state}>
      {({ proposal, cycle }) => (
        <ProposalView
          key={proposal.revision}
          proposal={proposal}
          cycle={cycle}
          path={path}
          reload={state.reload}
        />
      )}
    </Async>
  );
}

function ProposalView({
  proposal,
  cycle,
  path,
  reload,
}: {
  proposal: Proposal;
  cycle: BudgetCycle;
  path: string;
  reload(): void;
}) {
  const { t, fmt, claims, language, api } = useApp();
  const step = canWriteBudget(claims.role) ? NEXT_STEP[proposal.status] : undefined;
  // A decided, withdrawn or merged proposal is closed: its fields and remarks stay as they were (the decider).
  const open = canWriteBudget(claims.role) && !['decided', 'withdrawn', 'merged'].includes(proposal.status);
  return (
    <article aria-labelledby="proposal-title">
      <h1 id="proposal-title">{proposal.title}</h1>
      <dl class="facts">
        <dt>{t('status')}</dt>
        <dd>
          <span class="badge" data-testid="proposal-status">
            {word(t, 'status', proposal.status)}
          </span>
          {proposal.submission?.late && <span class="badge danger">{t('late')}</span>}
        </dd>
        <dt>{t('proposedBy')}</dt>
        <dd>{proposal.proposedBy}</dd>
        <dt>{t('committee')}</dt>
        <dd>{proposal.committee ?? '–'}</dd>
        <dt>{t('totalByYear')}</dt>
        <dd>
          {amountsByYear(
            language,
            Object.entries(proposal.totalByYear).map(([year, amount]) => ({ year: Number(year), amount })),
          )}
        </dd>
        {(
          [
            ['date.submitted', proposal.submission?.at],
            ['date.discussed', proposal.discussedAt],
            ['date.prioritised', proposal.prioritisation?.at],
            ['date.approved', proposal.approvedAt],
            ['date.negotiations', proposal.negotiationsAt],
          ] as const
        )
          .filter(([, when]) => when)
          .map(([key, when]) => (
            <Fragment key={key}>
              <dt>{t(key)}</dt>
              <dd>{fmt.dateTime(when)}</dd>
            </Fragment>
          ))}
        {proposal.decision && (
          <>
            <dt>{t('outcome')}</dt>
            <dd>
              {word(t, 'outcome', proposal.decision.outcome)}{' '}
              {amountsByYear(language, proposal.decision.grants)}
            </dd>
          </>
        )}
      </dl>
      <MergedFacts proposal={proposal} />
      <p>
        <a href={href('cases', 'budget-proposals', proposal.id)}>{t('chainTitle')}</a>
      </p>
      <ProposalText proposal={proposal} />
      <section aria-labelledby="calendar-title">
        <h2 id="calendar-title">
          {t('calendar')} {cycle.year}
        </h2>
        <CalendarList cycle={cycle} committee={proposal.committee} />
        <p>
          <a href={href('budget-cycles', cycle.id)}>{t('wholeCalendar')}</a>
        </p>
      </section>
      {step && <StepForm step={step} proposal={proposal} cycle={cycle} path={path} reload={reload} />}
      {open && <EditProposalPanel proposal={proposal} cycle={cycle} path={path} reload={reload} />}
      {open && claims.role === 'secretary' && (
        <RemarksPanel proposal={proposal} path={path} reload={reload} />
      )}
      {open && <MergePanel proposal={proposal} path={path} reload={reload} />}
      <ProposalFollowUps proposal={proposal} path={path} />
      {open && (
        <ReasonForm
          id="withdraw-reason"
          class="card"
          summary={t('withdrawProposal')}
          label={t('withdrawReason')}
          button={t('withdrawProposal')}
          send={(reason) =>
            api.json(`${path}/withdrawal`, {
              method: 'POST',
              body: reason ? { reason } : {},
              ...asRead(path, proposal.revision),
            })
          }
          onDone={reload}
        />
      )}
    </article>
  );
}

function StepForm({
  step,
  proposal,
  cycle,
  path,
  reload,
}: {
  step: string;
  proposal: Proposal;
  cycle: BudgetCycle;
  path: string;
  reload(): void;
}) {
  const { t, api, council, language, fmt } = useApp();
  const [at, setAt] = useState('');
  const [rank, setRank] = useState('1');
  const [notPrioritised, setNotPrioritised] = useState(false);
  const [outcome, setOutcome] = useState('adopted');
  // Issue 19: a grant for every year of the cost table, prefilled with its total; the council
  // changes what it granted differently, and clears a year it granted nothing for.
  const [grants, setGrants] = useState<Record<string, string>>(
    Object.fromEntries(
      Object.entries(proposal.totalByYear).map(([y, v]) => [y, editableNumber(language, v)]),
    ),
  );
  // Issue 19: the submission goes to the proposal's committee or another of the cycle's (the
  // API takes `committee`); after that committee's deadline it asks why (`lateReason`).
  const [committee, setCommittee] = useState(
    proposal.committee && cycle.committees.includes(proposal.committee)
      ? proposal.committee
      : (cycle.committees[0] ?? ''),
  );
  const [lateReason, setLateReason] = useState('');
  const deadline =
    step === 'submission'
      ? submissionDeadlineOf(cycle, committee, at ? zonedToIso(at, council.timeZone) : undefined)
      : undefined;
  const action = useAction();
  // Issue 19: a committee's step recorded before its meeting's date is most likely a slip.
  const meeting = meetingOfStep(step, cycle, proposal.submission?.committee ?? proposal.committee);
  const early = meeting && stepBeforeMeeting(at ? zonedToIso(at, council.timeZone) : undefined, meeting);
  const warning = early
    ? t('stepBeforeMeeting', {
        meeting: word(t, 'milestone', meeting.kind),
        committee: meeting.committee,
        when: fmt.dateTime(meeting.date),
      })
    : undefined;
  const send = async () => {
    const body: Record<string, unknown> = at ? { at: zonedToIso(at, council.timeZone) } : {};
    if (step === 'submission') {
      if (committee) body.committee = committee;
      if (deadline?.passed) body.lateReason = lateReason;
    }
    if (step === 'prioritisation')
      Object.assign(body, notPrioritised ? { notPrioritised: true } : { rank: Number(rank) });
    if (step === 'decision') {
      body.outcome = outcome;
      if (outcome !== 'rejected')
        body.grants = Object.entries(grants)
          .filter(([, amount]) => amount.trim() !== '')
          .map(([year, amount]) => ({ year: Number(year), amount: parseTypedNumber(amount) }));
    }
    if (
      await action.run(() =>
        api.json(`${path}/${step}`, { method: 'POST', body, ...asRead(path, proposal.revision) }),
      )
    )
      reload();
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (!early) void send();
  };
  return (
    <form class="card" onSubmit={submit} aria-labelledby="step-title">
      <h2 id="step-title">
        {t('nextStep')}: {t(`step.${step}` as MessageKey)}
      </h2>
      <Field
        id="step-at"
        type="datetime-local"
        label={`${t('stepAt')} (${council.timeZone})`}
        hint={t('stepAtHint')}
        value={at}
        onValue={setAt}
      />
      {step === 'submission' && cycle.committees.length > 0 && (
        <Select
          id="submit-committee"
          label={t('submitToCommittee')}
          value={committee}
          onValue={setCommittee}
          options={cycle.committees.map((c): [string, string] => [c, c])}
        />
      )}
      {deadline?.passed && (
        <>
          <TextArea
            id="late-reason"
            label={t('lateReasonLabel')}
            value={lateReason}
            onValue={setLateReason}
            rows={3}
            required
          />
          <p class="muted small" data-testid="late-hint">
            {t('lateReasonHint', { committee, when: fmt.dateTime(deadline.dueAt) })}
          </p>
        </>
      )}
      {step === 'prioritisation' && (
        <>
          <Field
            id="rank"
            type="number"
            min="1"
            label={t('rank')}
            value={rank}
            onValue={setRank}
            disabled={notPrioritised}
          />
          <label class="check">
            <input
              type="checkbox"
              checked={notPrioritised}
              onChange={(e) => setNotPrioritised((e.target as HTMLInputElement).checked)}
            />{' '}
            {t('notPrioritised')}
          </label>
        </>
      )}
      {step === 'decision' && (
        <>
          <Select
            id="outcome"
            label={t('outcome')}
            value={outcome}
            onValue={setOutcome}
            options={['adopted', 'partly-adopted', 'rejected'].map((o) => [o, word(t, 'outcome', o)])}
          />
          {outcome !== 'rejected' && (
            <fieldset class="two">
              <legend>{t('grantsForYears')}</legend>
              {Object.keys(grants).map((year) => (
                <Field
                  key={year}
                  id={`grant-${year}`}
                  inputMode="decimal"
                  label={t('grantFor', { year })}
                  value={grants[year]}
                  onValue={(v) => setGrants({ ...grants, [year]: v })}
                />
              ))}
            </fieldset>
          )}
        </>
      )}
      {warning && (
        <p class="warning" role="status" data-testid="step-warning">
          {warning}
        </p>
      )}
      {early ? (
        <ConfirmStep
          id="step-confirm"
          button={t(`step.${step}` as MessageKey)}
          confirm={t('stepBeforeMeetingConfirm')}
          busy={action.busy}
          onConfirm={() => void send()}
        >
          <p>{warning}</p>
        </ConfirmStep>
      ) : (
        <button type="submit" class="primary" disabled={action.busy}>
          {t(`step.${step}` as MessageKey)}
        </button>
      )}
      <ActionStatus action={action} />
    </form>
  );
}

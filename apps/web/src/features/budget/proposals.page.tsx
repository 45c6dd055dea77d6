import { useState } from 'preact/hooks';
import {
  FINANCING_AREAS,
  type BudgetCycle,
  type HearingListRow,
  type ProposalListItem,
  type WriteAnswer,
} from '../../api/api-types';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import { Field, Select, TextArea } from '../../ui/fields';
import { href, navigate } from '../../ui/router';
import { ActionStatus, Async } from '../../ui/status';
import { useAction, useAsync } from '../../ui/use-async';
import { CostFields, costLinesOf, cycleYears, type CostDraft } from './cost-fields';
import { NewCycleForm } from './new-cycle.form';
import { areasOf } from '../../format/area-list';
import { canWriteBudget } from '../../session/roles';

export function ProposalsPage() {
  const { api, councilPath, t, claims } = useApp();
  const state = useAsync(
    () =>
      Promise.all([
        api.json<ProposalListItem[]>(councilPath('/budget-proposals')),
        api.json<BudgetCycle[]>(councilPath('/budget-cycles')),
        api.json<HearingListRow[]>(councilPath('/hearings')),
      ]),
    [api],
  );
  return (
    <section aria-labelledby="proposals-title">
      <h1 id="proposals-title">{t('proposalsTitle')}</h1>
      <Async state={state}>
        {([proposals, cycles, hearings]) => (
          <>
            <ul class="plain cards">
              {proposals.map((p) => (
                <li key={p.id} class="card">
                  <a href={href('proposals', p.id)}>{p.title}</a>{' '}
                  <span class="badge">{word(t, 'status', p.status)}</span>
                  {p.late && <span class="badge danger">{t('late')}</span>}
                  <div class="muted">{p.committee}</div>
                </li>
              ))}
            </ul>
            {cycles.length > 0 && (
              <section aria-labelledby="calendars-title">
                <h2 id="calendars-title">{t('calendars')}</h2>
                <ul class="plain">
                  {cycles.map((c) => (
                    <li key={c.id}>
                      <a href={href('budget-cycles', c.id)}>
                        {t('calendar')} {c.year}
                      </a>{' '}
                      <span class="muted">{c.committees.join(', ')}</span>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {!canWriteBudget(claims.role) ? null : cycles.length ? (
              <NewProposalForm cycles={cycles} hearings={hearings} />
            ) : (
              <p class="muted">{t('noCycle')}</p>
            )}
            {canWriteBudget(claims.role) && <NewCycleForm key={cycles.length} onCreated={state.reload} />}
          </>
        )}
      </Async>
    </section>
  );
}

/** Seed 002's form, the essentials: the money per year is typed, the totals are computed by the API. */
function NewProposalForm({ cycles, hearings }: { cycles: BudgetCycle[]; hearings: HearingListRow[] }) {
  const { api, councilPath, t } = useApp();
  const [cycleId, setCycleId] = useState(cycles[0].id);
  const cycle = cycles.find((c) => c.id === cycleId) ?? cycles[0];
  const committees = [...new Set(cycle.milestones.map((m) => m.committee))];
  const [committee, setCommittee] = useState(committees[0] ?? '');
  const [title, setTitle] = useState('');
  const [proposedBy, setProposedBy] = useState('');
  const [problem, setProblem] = useState('');
  const [solution, setSolution] = useState('');
  const [financingArea, setFinancingArea] = useState('social-area');
  // docs/domain.md: proposals grow out of hearings; the link is data, so the chain can show it.
  const [derivedFrom, setDerivedFrom] = useState('');
  const [areas, setAreas] = useState('');
  const years = cycleYears(cycle);
  const [costs, setCosts] = useState<CostDraft>({});
  const action = useAction();

  const submit = async (e: Event) => {
    e.preventDefault();
    const lines = costLinesOf(costs, years);
    let id = '';
    const ok = await action.run(async () => {
      const body = {
        cycleId,
        committee,
        title,
        proposedBy,
        problem,
        solution,
        financingArea,
        costs: lines,
        ...(derivedFrom && { derivedFrom: [{ kind: 'hearing', id: derivedFrom }] }),
        ...(areasOf(areas).length > 0 && { areas: areasOf(areas) }),
      };
      id = (await api.json<WriteAnswer>(councilPath('/budget-proposals'), { method: 'POST', body })).id;
    });
    if (ok) navigate('proposals', id);
  };

  return (
    <form class="card" onSubmit={submit} aria-labelledby="new-proposal-title">
      <h2 id="new-proposal-title">{t('newProposal')}</h2>
      <div class="two">
        <Select
          id="cycle"
          label={t('cycle')}
          value={cycleId}
          onValue={setCycleId}
          options={cycles.map((c) => [c.id, String(c.year)])}
        />
        <Select
          id="committee"
          label={t('committee')}
          value={committee}
          onValue={setCommittee}
          options={committees.map((c) => [c, c])}
        />
      </div>
      <Field id="proposal-title" label={t('title')} value={title} onValue={setTitle} required />
      <Field id="proposed-by" label={t('proposedBy')} value={proposedBy} onValue={setProposedBy} required />
      <TextArea id="problem" label={t('problem')} value={problem} onValue={setProblem} required />
      <TextArea id="solution" label={t('solution')} value={solution} onValue={setSolution} required />
      <Select
        id="financing-area"
        label={t('financingArea')}
        value={financingArea}
        onValue={setFinancingArea}
        options={FINANCING_AREAS.map((a) => [a, word(t, 'financing', a)])}
      />
      <Select
        id="derived-from"
        label={t('derivedFromHearing')}
        value={derivedFrom}
        onValue={setDerivedFrom}
        options={[['', '–'], ...hearings.map((h): [string, string] => [h.id, h.title])]}
      />
      <Field
        id="proposal-areas"
        label={t('areasField')}
        hint={t('areasHint')}
        value={areas}
        onValue={setAreas}
      />
      <CostFields idPrefix="" years={years} value={costs} onValue={setCosts} />
      <button type="submit" class="primary" disabled={action.busy}>
        {t('createProposal')}
      </button>
      <ActionStatus action={action} />
    </form>
  );
}

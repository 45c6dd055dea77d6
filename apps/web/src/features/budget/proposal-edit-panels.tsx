import { useState } from 'preact/hooks';
import { FINANCING_AREAS, type BudgetCycle, type Proposal, type ProposalListItem } from '../../api/api-types';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import { CheckList, Field, Select, TextArea } from '../../ui/fields';
import { ActionStatus } from '../../ui/status';
import { useAction, useAsync } from '../../ui/use-async';
import { CostFields, costDraftOf, costLinesOf, cycleYears } from './cost-fields';
import { asRead } from '../../ui/case-write';
import { linkKey, linkOf, useDerivedFromOptions } from './derived-from';
import { areasOf } from '../../format/area-list';

interface EditProps {
  proposal: Proposal;
  path: string;
  reload(): void;
}

const TEXT_FIELDS = ['title', 'proposedBy', 'problem', 'solution', 'financingArea', 'agreementText'] as const;

/**
 * `PATCH …/budget-proposals/:id` with only the fields that changed: each is its own event, so the
 * diff between two moments names exactly what was edited (issue 5). Nothing changed is the API's
 * to refuse, in its words. The committee is fixed once the proposal is submitted.
 */
export function EditProposalPanel({ proposal, cycle, path, reload }: EditProps & { cycle: BudgetCycle }) {
  const { t, api, councilPath } = useApp();
  const initial = {
    ...Object.fromEntries(TEXT_FIELDS.map((k) => [k, proposal[k] ?? ''])),
    sdgs: proposal.sdgs.join(', '),
    committee: proposal.committee ?? '',
  } as Record<(typeof TEXT_FIELDS)[number] | 'sdgs' | 'committee', string>;
  const [text, setText] = useState(initial);
  const years = cycleYears(cycle, proposal.costs);
  const [costs, setCosts] = useState(costDraftOf(proposal.costs));
  // Seed 002 asks which other initiatives a proposal overlaps with: chosen from the council's list.
  const [overlaps, setOverlaps] = useState<string[]>(proposal.overlaps);
  const others = useAsync(
    () =>
      api
        .json<ProposalListItem[]>(councilPath('/budget-proposals'))
        .then((list) => list.filter((p) => p.id !== proposal.id)),
    [api, proposal.id],
  );
  // Issue 19: what the proposal derives from (hearings, meeting items) is changed here too.
  const derivedFromOptions = useDerivedFromOptions();
  const initialDerived = proposal.derivedFrom.map(linkKey);
  const [derivedFrom, setDerivedFrom] = useState<string[]>(initialDerived);
  const [areas, setAreas] = useState(proposal.areas.join(', '));
  const action = useAction();
  const draft = proposal.status === 'draft';
  const committees = [...new Set(cycle.milestones.map((m) => m.committee))];
  const set = (key: keyof typeof text) => (v: string) => setText({ ...text, [key]: v });

  const submit = async (e: Event) => {
    e.preventDefault();
    const changes: Record<string, unknown> = {};
    for (const key of TEXT_FIELDS) if (text[key] !== initial[key]) changes[key] = text[key];
    if (text.sdgs !== initial.sdgs)
      changes.sdgs = text.sdgs
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((n) => (/^\d+$/.test(n) ? Number(n) : n));
    if (draft && text.committee !== initial.committee) changes.committee = text.committee;
    const lines = costLinesOf(costs, years);
    if (JSON.stringify(lines) !== JSON.stringify(costLinesOf(costDraftOf(proposal.costs), years)))
      changes.costs = lines;
    if ([...overlaps].sort().join() !== [...proposal.overlaps].sort().join()) changes.overlaps = overlaps;
    if ([...derivedFrom].sort().join() !== [...initialDerived].sort().join())
      changes.derivedFrom = derivedFrom.map(linkOf);
    if (areasOf(areas).join('\n') !== proposal.areas.join('\n')) changes.areas = areasOf(areas);
    if (
      await action.run(() =>
        api.json(path, { method: 'PATCH', body: changes, ...asRead(path, proposal.revision) }),
      )
    )
      reload();
  };
  return (
    <details class="card">
      <summary>{t('editProposal')}</summary>
      <form onSubmit={submit}>
        <p class="muted small">{t('editProposalHint')}</p>
        <Field id="edit-title" label={t('title')} value={text.title} onValue={set('title')} />
        <Field
          id="edit-proposed-by"
          label={t('proposedBy')}
          value={text.proposedBy}
          onValue={set('proposedBy')}
        />
        {draft && (
          <Select
            id="edit-committee"
            label={t('committee')}
            value={text.committee}
            onValue={set('committee')}
            options={committees.map((c) => [c, c])}
          />
        )}
        <TextArea id="edit-problem" label={t('problem')} value={text.problem} onValue={set('problem')} />
        <TextArea id="edit-solution" label={t('solution')} value={text.solution} onValue={set('solution')} />
        <Select
          id="edit-financing-area"
          label={t('financingArea')}
          value={text.financingArea}
          onValue={set('financingArea')}
          options={FINANCING_AREAS.map((a) => [a, word(t, 'financing', a)])}
        />
        <TextArea
          id="edit-agreement-text"
          label={t('agreementText')}
          value={text.agreementText}
          onValue={set('agreementText')}
          rows={3}
        />
        <Field
          id="edit-sdgs"
          label={t('sdgs')}
          hint={t('sdgsHint')}
          value={text.sdgs}
          onValue={set('sdgs')}
        />
        <Field
          id="edit-areas"
          label={t('areasField')}
          hint={t('areasHint')}
          value={areas}
          onValue={setAreas}
        />
        <CostFields idPrefix="edit-" years={years} value={costs} onValue={setCosts} />
        {others.data &&
          (others.data.length ? (
            <CheckList
              legend={t('overlapsLabel')}
              options={others.data.map((p): [string, string] => [p.id, p.title])}
              value={overlaps}
              onValue={setOverlaps}
            />
          ) : (
            <p class="muted small">{t('overlapsNone')}</p>
          ))}
        {derivedFromOptions &&
          (derivedFromOptions.length ? (
            <CheckList
              legend={t('derivedFromLabel')}
              options={derivedFromOptions}
              value={derivedFrom}
              onValue={setDerivedFrom}
            />
          ) : (
            <p class="muted small">{t('derivedFromNone')}</p>
          ))}
        <button type="submit" class="primary" disabled={action.busy}>
          {t('saveChanges')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

/** Seed 002's "Administrationens bemærkninger": the secretary's alone (REMARKS_ROLES). */
export function RemarksPanel({ proposal, path, reload }: EditProps) {
  const { t, api } = useApp();
  const [remarks, setRemarks] = useState(proposal.administration.remarks ?? '');
  const action = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    if (
      await action.run(() =>
        api.json(`${path}/remarks`, { method: 'PUT', body: { remarks }, ...asRead(path, proposal.revision) }),
      )
    )
      reload();
  };
  return (
    <details class="card">
      <summary>{t('remarks')}</summary>
      <form onSubmit={submit}>
        <TextArea id="remarks" label={t('remarks')} value={remarks} onValue={setRemarks} />
        <button type="submit" class="primary" disabled={action.busy}>
          {t('saveRemarks')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

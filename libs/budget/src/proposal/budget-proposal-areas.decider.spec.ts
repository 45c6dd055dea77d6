/** Issue 18.4, seed 004: a budget proposal names the areas or municipalities it concerns, each once. */
import { deciderSpec, InvalidInputError, type CommandMetadata } from '@app/kernel';
import { SEED_002 } from '../testing/seed-002.fixture';
import type { BudgetProposalCommand } from './budget-proposal.commands';
import { budgetProposalDecider } from './budget-proposal.decider';
import type { BudgetProposalEvent } from './budget-proposal.events';
import { budgetProposalView } from './budget-proposal.view';

const spec = deciderSpec(budgetProposalDecider);
const metadata: CommandMetadata = {
  actor: { personId: 'p-chair', role: 'chair' },
  councilId: 'c1',
  now: '2026-03-01T10:00:00Z',
  correlationId: 'corr',
  causationId: 'cause',
};
const cmd = <C extends BudgetProposalCommand>(type: C['type'], data: C['data']): C =>
  ({ type, data, metadata }) as C;
const { remarks: _remarks, ...formFields } = SEED_002;
const drafted: BudgetProposalEvent[] = [
  { type: 'BudgetProposalDrafted', data: { proposalId: 'bp1', cycleId: 'cy1', councilId: 'c1' } },
  { type: 'BudgetProposalFieldChanged', data: { field: 'title', value: SEED_002.title } },
  { type: 'BudgetProposalFieldChanged', data: { field: 'areas', value: ['indre by'] } },
];

describe('budget proposal areas', () => {
  it('drafts with the areas it names, trimmed and each once, after the other fields', () => {
    const events = budgetProposalDecider.decide(
      cmd('DraftBudgetProposal', {
        proposalId: 'bp1',
        cycleId: 'cy1',
        fields: { ...formFields, areas: [' indre by', 'Københavns Kommune', 'indre by '] },
      }),
      budgetProposalDecider.initialState,
    );
    expect(events.at(-1)).toEqual({
      type: 'BudgetProposalFieldChanged',
      data: { field: 'areas', value: ['indre by', 'Københavns Kommune'] },
    });
  });

  it('changes its areas by PATCH, and records nothing when they are the same', () => {
    spec
      .given(drafted)
      .when(cmd('ChangeBudgetProposalFields', { changes: { areas: ['indre by', 'Amager'] } }))
      .then([
        { type: 'BudgetProposalFieldChanged', data: { field: 'areas', value: ['indre by', 'Amager'] } },
      ]);
    spec
      .given(drafted)
      .when(cmd('ChangeBudgetProposalFields', { changes: { areas: ['indre by', 'indre by'] } }))
      .then([]);
  });

  it('refuses a blank area or something that is not a list, naming the field', () => {
    spec
      .given(drafted)
      .when(cmd('ChangeBudgetProposalFields', { changes: { areas: ['indre by', ' '] } }))
      .thenThrows(InvalidInputError, /areas\[1\]/);
    spec
      .given(drafted)
      .when(cmd('ChangeBudgetProposalFields', { changes: { areas: 'indre by' } }))
      .thenThrows(InvalidInputError, /areas/);
  });

  it('shows the areas in its view, and none when it names none', () => {
    expect(budgetProposalView(spec.given(drafted).state(), 'bp1').areas).toEqual(['indre by']);
    expect(budgetProposalView(spec.given(drafted.slice(0, 2)).state(), 'bp1').areas).toEqual([]);
  });
});

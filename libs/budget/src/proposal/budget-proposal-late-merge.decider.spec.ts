import { deciderSpec, InvalidInputError, InvalidStateError, type CommandMetadata } from '@app/kernel';
import { COMMITTEE, SEED_002 } from '../testing/seed-002.fixture';
import type { BudgetProposalCommand, MergedProposalFacts } from './budget-proposal.commands';
import { budgetProposalDecider } from './budget-proposal.decider';
import type { BudgetProposalEvent } from './budget-proposal.events';

/**
 * Seed 002 is a proposal "sammenlagt" from two and written after the committee's prioritisation
 * meeting (27 April 2022, seed 000's calendar). Steps come in order, so a proposal submitted after
 * a step could never be prioritised or approved (issue 21.4): it may join the cycle late, with a
 * reason, and a merge links the merged proposal to those it replaces, which end as merged.
 */
const spec = deciderSpec(budgetProposalDecider);
const MAY = '2022-05-02T10:00:00Z';
const meta = (now = MAY): CommandMetadata => ({
  actor: { personId: 'anja', role: 'secretary' },
  councilId: 'c1',
  now,
  correlationId: 'corr',
  causationId: 'cause',
});
const cmd = <C extends BudgetProposalCommand>(type: C['type'], data: C['data'], metadata = meta()): C =>
  ({ type, data, metadata }) as C;
const drafted = (id: string): BudgetProposalEvent[] => [
  { type: 'BudgetProposalDrafted', data: { proposalId: id, cycleId: 'cy1', councilId: 'c1' } },
  { type: 'BudgetProposalFieldChanged', data: { field: 'title', value: SEED_002.title } },
  { type: 'BudgetProposalFieldChanged', data: { field: 'costs', value: SEED_002.costs } },
  { type: 'BudgetProposalFieldChanged', data: { field: 'committee', value: COMMITTEE } },
];
const cycle = {
  committees: [COMMITTEE],
  deadlines: [{ committee: COMMITTEE, milestoneId: 'first', dueAt: '2022-03-23T12:00:00Z' }],
};
const LATE = 'Sammenlagt af to forslag efter udvalgets prioriteringsmøde 27. april';
const joinedLate: BudgetProposalEvent = {
  type: 'BudgetProposalSubmitted',
  data: {
    committee: COMMITTEE,
    milestoneId: 'first',
    submissionDeadline: '2022-03-23T12:00:00Z',
    late: true,
    lateReason: LATE,
    at: MAY,
  },
};
const submittedLate: BudgetProposalEvent = {
  type: 'BudgetProposalSubmitted',
  data: {
    committee: COMMITTEE,
    milestoneId: 'first',
    submissionDeadline: '2022-03-23T12:00:00Z',
    late: true,
    at: MAY,
  },
};
const FINAL = '2022-05-25T13:00:00Z';
const later = meta('2022-06-01T10:00:00Z');

describe('a proposal joins the budget cycle late (seed 002)', () => {
  it('is recorded as late, with the reason', () => {
    spec
      .given(drafted('bp3'))
      .when(cmd('SubmitBudgetProposal', { lateReason: LATE, cycle }))
      .then([joinedLate]);
    spec
      .given(drafted('bp3'))
      .when(cmd('SubmitBudgetProposal', { lateReason: ' ', cycle }))
      .thenThrows(InvalidInputError, /lateReason/);
  });
  it('goes to final approval without the discussion and prioritisation it came too late for', () => {
    spec
      .given([...drafted('bp3'), joinedLate])
      .when(cmd('ApproveBudgetProposalInCommittee', { at: FINAL }, later))
      .then([{ type: 'BudgetProposalApprovedByCommittee', data: { at: FINAL } }]);
    // Or the committee ranks it after all.
    spec
      .given([...drafted('bp3'), joinedLate])
      .when(cmd('PrioritiseBudgetProposal', { rank: 6, at: MAY }))
      .then([{ type: 'BudgetProposalPrioritised', data: { rank: 6, at: MAY } }]);
  });
  it('a proposal merely submitted after the deadline still takes the steps in order (409)', () => {
    spec
      .given([...drafted('bp3'), submittedLate])
      .when(cmd('ApproveBudgetProposalInCommittee', { at: FINAL }, later))
      .thenThrows(InvalidStateError, /cannot become approved/);
    spec
      .given([...drafted('bp3'), submittedLate])
      .when(cmd('PrioritiseBudgetProposal', { rank: 6 }))
      .thenThrows(InvalidStateError, /cannot be prioritised/);
  });
});

describe('a merge of proposals (seed 002: "sammenlagt")', () => {
  const facts = (id: string, over: Partial<MergedProposalFacts> = {}): MergedProposalFacts => ({
    id,
    exists: true,
    cycleId: 'cy1',
    status: 'submitted',
    ...over,
  });
  const merge = (replaced: MergedProposalFacts[], replaces = ['bp1', 'bp2']) =>
    cmd('MergeBudgetProposals', { replaces, replaced, at: MAY });
  const mergedFrom: BudgetProposalEvent = {
    type: 'BudgetProposalMergedFrom',
    data: { replaces: ['bp1', 'bp2'], at: MAY },
  };

  it('the merged proposal links to those it replaces; a retry records nothing', () => {
    spec
      .given(drafted('bp3'))
      .when(merge([facts('bp1'), facts('bp2')]))
      .then([mergedFrom]);
    spec
      .given([...drafted('bp3'), mergedFrom])
      .when(merge([facts('bp1', { status: 'merged', mergedInto: 'bp3' }), facts('bp2')]))
      .then([]);
    const state = spec.given([...drafted('bp3'), mergedFrom]).state();
    expect(state.mergedFrom).toEqual(['bp1', 'bp2']);
  });
  it('each replaced proposal ends as merged into it, and goes no further on its own', () => {
    const mergedInto: BudgetProposalEvent = {
      type: 'BudgetProposalMergedInto',
      data: { into: 'bp3', at: MAY },
    };
    spec
      .given([...drafted('bp1'), submittedLate])
      .when(cmd('MarkBudgetProposalMerged', { into: 'bp3', at: MAY }))
      .then([mergedInto]);
    const history = [...drafted('bp1'), submittedLate, mergedInto];
    expect(spec.given(history).state().status).toBe('merged');
    spec
      .given(history)
      .when(cmd('MarkBudgetProposalMerged', { into: 'bp3', at: MAY }))
      .then([]);
    spec
      .given(history)
      .when(cmd('MarkBudgetProposalMerged', { into: 'bp9' }))
      .thenThrows(InvalidStateError, /bp3/);
    spec
      .given(history)
      .when(cmd('DecideBudgetProposal', { outcome: 'rejected', grants: [] }))
      .thenThrows(InvalidStateError, /merged/);
    spec
      .given(history)
      .when(cmd('ChangeBudgetProposalFields', { changes: { title: 'x' } }))
      .thenThrows(InvalidStateError);
  });
  it('refuses what cannot be merged: nothing named, itself, unknown, another cycle, decided, merged elsewhere', () => {
    const given = drafted('bp3');
    spec
      .given(given)
      .when(merge([], []))
      .thenThrows(InvalidInputError, /replaces/);
    spec
      .given(given)
      .when(merge([facts('bp3')], ['bp3']))
      .thenThrows(InvalidInputError, /itself/);
    spec
      .given(given)
      .when(merge([{ id: 'bp1', exists: false }, facts('bp2')]))
      .thenThrows(InvalidInputError, /bp1/);
    spec
      .given(given)
      .when(merge([facts('bp1', { cycleId: 'cy0' }), facts('bp2')]))
      .thenThrows(InvalidInputError, /another budget cycle/);
    spec
      .given(given)
      .when(merge([facts('bp1', { status: 'decided' }), facts('bp2')]))
      .thenThrows(InvalidStateError, /decided/);
    spec
      .given(given)
      .when(merge([facts('bp1', { status: 'merged', mergedInto: 'bp7' }), facts('bp2')]))
      .thenThrows(InvalidStateError, /bp7/);
  });
});

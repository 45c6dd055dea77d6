import { fold } from '@app/kernel';
import { budgetCycleDescriptor } from './cycle/budget-cycle.descriptor';
import { budgetProposalDescriptor } from './proposal/budget-proposal.descriptor';
import type { BudgetCycleEvent, Milestone } from './cycle/budget-cycle.events';
import type { BudgetProposalEvent } from './proposal/budget-proposal.events';
import { MILESTONES_2022 } from './testing/calendar-2022.fixture';
import { SEED_002 } from './testing/seed-002.fixture';

const proposal: BudgetProposalEvent[] = [
  { type: 'BudgetProposalDrafted', data: { proposalId: 'bp1', cycleId: 'cy1', councilId: 'c1' } },
  { type: 'BudgetProposalFieldChanged', data: { field: 'title', value: SEED_002.title } },
  { type: 'BudgetProposalFieldChanged', data: { field: 'costs', value: SEED_002.costs } },
  {
    type: 'BudgetProposalFieldChanged',
    data: {
      field: 'derivedFrom',
      value: [
        { kind: 'hearing', id: 'h1' },
        { kind: 'meeting-item', id: 'm1', itemId: 'i9' },
      ],
    },
  },
  { type: 'BudgetProposalFieldChanged', data: { field: 'overlaps', value: ['bp2'] } },
  {
    type: 'BudgetProposalDecided',
    data: { outcome: 'partly-adopted', grants: [{ year: 2023, amount: 1.5 }], at: '2022-09-20T10:00:00Z' },
  },
];

describe('budget case kinds (for history)', () => {
  it('link a proposal to the hearing and meeting item it came from and the proposals it overlaps', () => {
    const state = fold(budgetProposalDescriptor.decider, proposal);
    expect(budgetProposalDescriptor.links(state)).toEqual([
      { relation: 'derivedFrom', kind: 'hearings', id: 'h1' },
      { relation: 'derivedFrom', kind: 'meetings', id: 'm1', itemId: 'i9' },
      { relation: 'overlaps', kind: 'budget-proposals', id: 'bp2' },
    ]);
    expect(budgetProposalDescriptor.summary(state)).toMatchObject({
      title: SEED_002.title,
      status: 'partly-adopted',
      dates: { decided: '2022-09-20T10:00:00Z' },
    });
    expect(budgetProposalDescriptor.describe(proposal[5])).toBe(
      'Decided: partly-adopted (2023: 1.5 mio. kr.)',
    );
  });

  it('show the proposal with computed totals and the cycle with its calendar in date order', () => {
    const view = budgetProposalDescriptor.view(fold(budgetProposalDescriptor.decider, proposal), 'bp1') as {
      totalByYear: Record<string, number>;
    };
    expect(view.totalByYear).toEqual({ 2023: 2, 2024: 1.9, 2025: 1.9, 2026: 1.9 });
    const created: BudgetCycleEvent = {
      type: 'BudgetCycleCreated',
      data: { cycleId: 'cy1', year: 2023, milestones: MILESTONES_2022 as Milestone[], reminderOffsets: [] },
    };
    const cycle = budgetCycleDescriptor.view(fold(budgetCycleDescriptor.decider, [created]), 'cy1') as {
      milestones: { id: string }[];
    };
    expect(cycle.milestones.map((m) => m.id)).toEqual(['nss-first', 'spu-first', 'spu-prio', 'spu-final']);
    expect(budgetCycleDescriptor.links(fold(budgetCycleDescriptor.decider, [created]))).toEqual([]);
  });
});

import type { CommandMetadata } from '@app/kernel';
import type { BudgetCycleCommand } from '../cycle/budget-cycle.commands';
import type { BudgetCycleEvent, Milestone } from '../cycle/budget-cycle.events';
import { MILESTONES_2022 } from './calendar-2022.fixture';

/** The cycle specs' givens: the secretary of council c1 writing on 1 February 2022. */
export const cycleMeta = (now = '2022-02-01T10:00:00Z'): CommandMetadata => ({
  actor: { personId: 'p-sec', role: 'secretary' },
  councilId: 'c1',
  now,
  correlationId: 'corr',
  causationId: 'cause',
});

export const cycleCommand = <C extends BudgetCycleCommand>(
  type: C['type'],
  data: C['data'],
  now?: string,
): C => ({ type, data, metadata: cycleMeta(now) }) as C;

/** Cycle cy1 for budget 2023 with seed 000's 2022 calendar. */
export const cycleCreated = (reminderOffsets = ['P7D']): BudgetCycleEvent => ({
  type: 'BudgetCycleCreated',
  data: {
    cycleId: 'cy1',
    councilId: 'c1',
    year: 2023,
    milestones: MILESTONES_2022 as Milestone[],
    reminderOffsets,
  },
});

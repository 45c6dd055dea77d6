import { deciderSpec, fold, InvalidInputError, InvalidStateError, NotFoundError } from '@app/kernel';
import { MILESTONES_2022 } from '../testing/calendar-2022.fixture';
import { cycleCommand, cycleCreated } from '../testing/cycle.fixture';
import { COMMITTEE } from '../testing/seed-002.fixture';
import type { AddBudgetMilestone, CancelBudgetMilestone } from './budget-cycle.commands';
import { budgetCycleDecider } from './budget-cycle.decider';
import { budgetCycleDeadlines } from './budget-cycle.deadlines';
import type { BudgetCycleEvent, Milestone } from './budget-cycle.events';

const spec = deciderSpec(budgetCycleDecider);
const cmd = cycleCommand;
const created = cycleCreated();
// An extra prioritisation meeting, with the council's deadline a week before.
const extra: Omit<Milestone, 'id'> = {
  kind: 'prioritisation',
  committee: COMMITTEE,
  date: '2022-05-04T15:00:00+02:00',
  submissionDeadline: '2022-04-27T12:00:00+02:00',
};
const add = (milestone: AddBudgetMilestone['data']['milestone']) =>
  cmd<AddBudgetMilestone>('AddBudgetMilestone', { milestone });
const cancel = (milestoneId: string, reason = 'Regionen aflyste mødet', now?: string) =>
  cmd<CancelBudgetMilestone>('CancelBudgetMilestone', { milestoneId, reason }, now);
const spuFirst = MILESTONES_2022[0] as Milestone;

describe('budget calendar changes: meetings added and cancelled', () => {
  it('adds a meeting, named <kind>-<n> after the milestones the cycle has had', () => {
    spec
      .given([created])
      .when(add(extra))
      .then([{ type: 'BudgetMilestoneAdded', data: { milestone: { id: 'prioritisation-5', ...extra } } }]);
  });

  it('schedules the added meeting’s deadline and drops the cancelled one’s', () => {
    const added: BudgetCycleEvent = {
      type: 'BudgetMilestoneAdded',
      data: { milestone: { id: 'x-1', ...extra } as Milestone },
    };
    const cancelled: BudgetCycleEvent = {
      type: 'BudgetMilestoneCancelled',
      data: { milestoneId: 'spu-first', reason: 'Aflyst', milestone: spuFirst },
    };
    const ids = budgetCycleDeadlines(
      fold(budgetCycleDecider, [created, added, cancelled]),
      'budgetCycle-cy1',
    ).map((d) => d.id);
    expect(ids).toContain('submission.x-1');
    expect(ids.some((id) => id.includes('spu-first'))).toBe(false);
  });

  it('cancels a meeting still ahead, keeping it as planned with the reason', () => {
    spec
      .given([created])
      .when(cancel('spu-first'))
      .then([
        {
          type: 'BudgetMilestoneCancelled',
          data: { milestoneId: 'spu-first', reason: 'Regionen aflyste mødet', milestone: spuFirst },
        },
      ]);
    const state = spec
      .given([
        created,
        ...budgetCycleDecider.decide(cancel('spu-first'), fold(budgetCycleDecider, [created])),
      ])
      .state();
    expect(state.milestones.map((m) => m.id)).not.toContain('spu-first');
    expect(state.cancelled).toEqual([{ milestone: spuFirst, reason: 'Regionen aflyste mødet' }]);
  });

  it('retries change nothing; another meeting under a used id is a conflict', () => {
    const added: BudgetCycleEvent = {
      type: 'BudgetMilestoneAdded',
      data: { milestone: { id: 'extra', ...extra } as Milestone },
    };
    spec
      .given([created, added])
      .when(add({ id: 'extra', ...extra }))
      .then([]);
    // Without an id, the same meeting already in the calendar is the retry.
    spec.given([created, added]).when(add(extra)).then([]);
    spec
      .given([created, added])
      .when(add({ id: 'extra', ...extra, quota: 3 }))
      .thenThrows(InvalidStateError, /extra/);
    const cancelled: BudgetCycleEvent = {
      type: 'BudgetMilestoneCancelled',
      data: { milestoneId: 'spu-first', reason: 'Regionen aflyste mødet', milestone: spuFirst },
    };
    spec.given([created, cancelled]).when(cancel('spu-first')).then([]);
    spec
      .given([created, cancelled])
      .when(add({ ...extra, id: 'spu-first' }))
      .thenThrows(InvalidStateError, /spu-first/);
  });

  it('keeps what took place, needs a reason and a known meeting, and checks the new one like at creation', () => {
    spec
      .given([created])
      .when(cancel('spu-first', 'Aflyst', '2022-04-01T00:00:00Z'))
      .thenThrows(InvalidStateError, /took place/);
    spec
      .given([created])
      .when(cancel('spu-first', ' '))
      .thenThrows(InvalidInputError, /reason/);
    spec.given([created]).when(cancel('nope')).thenThrows(NotFoundError);
    spec.given([]).when(add(extra)).thenThrows(NotFoundError);
    spec
      .given([created])
      .when(add({ ...extra, kind: 'party' }))
      .thenThrows(InvalidInputError, /kind/);
    spec
      .given([created])
      .when(add({ ...extra, submissionDeadline: '2022-05-05T12:00:00+02:00' }))
      .thenThrows(InvalidInputError, /before the meeting/);
  });
});

import { InvalidInputError, InvalidStateError, isBefore, requireText, sameJson } from '@app/kernel';
import type { AddBudgetMilestone, CancelBudgetMilestone } from './budget-cycle.commands';
import type { BudgetCycleEvent } from './budget-cycle.events';
import type { BudgetCycleState } from './budget-cycle.state';
import { milestone, requireExisting, requireMilestone } from './budget-milestone.rules';

/**
 * The region's calendar changes during the year (issue 5): an extra committee meeting is added,
 * one is cancelled. An id is never reused, so each line of the cycle's history names one meeting;
 * the scheduler follows the calendar, so reminders come and go with the meetings.
 */
export function decideAddMilestone(command: AddBudgetMilestone, state: BudgetCycleState): BudgetCycleEvent[] {
  requireExisting(state);
  const input = command.data.milestone ?? ({} as AddBudgetMilestone['data']['milestone']);
  const id = input.id ?? freeId(state, String(input.kind));
  const added = milestone({ ...input, id }, 'milestone');
  const existing = state.milestones.find((m) => m.id === id);
  // A retried addition changes nothing (without an id: the same meeting is already there);
  // another meeting under a taken id is a conflict.
  if (existing && sameJson(existing, added)) return [];
  if (input.id === undefined && state.milestones.some((m) => sameJson({ ...m, id }, added))) return [];
  if (existing || state.cancelled.some((c) => c.milestone.id === id))
    throw new InvalidStateError(`the cycle has had a milestone "${id}": choose another id`);
  return [{ type: 'BudgetMilestoneAdded', data: { milestone: added } }];
}

/** A meeting that has taken place is history and cannot be cancelled. */
export function decideCancelMilestone(
  command: CancelBudgetMilestone,
  state: BudgetCycleState,
): BudgetCycleEvent[] {
  requireExisting(state);
  const { milestoneId } = command.data;
  const reason = requireText(command.data.reason, 'reason');
  const done = state.cancelled.find((c) => c.milestone.id === milestoneId);
  if (done) {
    if (done.reason === reason) return [];
    throw new InvalidStateError(`milestone ${milestoneId} is already cancelled`);
  }
  const m = requireMilestone(state, milestoneId);
  if (!isBefore(command.metadata.now, m.date))
    throw new InvalidStateError(`milestone ${milestoneId} took place on ${m.date} and stays in the calendar`);
  if (state.milestones.length === 1)
    throw new InvalidInputError('a budget cycle keeps at least one milestone', 'milestoneId');
  return [{ type: 'BudgetMilestoneCancelled', data: { milestoneId, reason, milestone: m } }];
}

/** `<kind>-<n>` after the milestones the cycle has had, skipping any id in use. */
function freeId(state: BudgetCycleState, kind: string): string {
  const taken = new Set([...state.milestones, ...state.cancelled.map((c) => c.milestone)].map((m) => m.id));
  for (let n = taken.size + 1; ; n++) if (!taken.has(`${kind}-${n}`)) return `${kind}-${n}`;
}

import {
  InvalidInputError,
  isBefore,
  NotFoundError,
  requireId,
  requireInstant,
  requireText,
} from '@app/kernel';
import type { MilestoneInput } from './budget-cycle.commands';
import { MILESTONE_KINDS, type Milestone, type MilestoneKind } from './budget-cycle.events';
import type { BudgetCycleState } from './budget-cycle.state';

/** A calendar milestone as entered, checked; `field` names it in a refusal (`milestones[2]`). */
export function milestone(input: MilestoneInput, field: string): Milestone {
  // Milestone ids end up in scheduler job ids too (the id rule keeps out BullMQ's ':').
  const id = requireId(input.id, `${field}.id`);
  if (!MILESTONE_KINDS.includes(input.kind as MilestoneKind)) {
    throw new InvalidInputError(`kind must be one of ${MILESTONE_KINDS.join(', ')}`, `${field}.kind`);
  }
  const committee = requireText(input.committee, `${field}.committee`, 300);
  const date = requireInstant(input.date, `${field}.date`);
  const deadline = input.submissionDeadline;
  if (deadline !== undefined) {
    requireInstant(deadline, `${field}.submissionDeadline`);
    if (!isBefore(deadline, date)) {
      throw new InvalidInputError(
        'the submission deadline must come before the meeting',
        `${field}.submissionDeadline`,
      );
    }
  }
  if (input.quota !== undefined && (!Number.isInteger(input.quota) || input.quota < 1)) {
    throw new InvalidInputError('quota must be a whole number from 1', `${field}.quota`);
  }
  return {
    id,
    kind: input.kind as MilestoneKind,
    committee,
    date,
    ...(deadline !== undefined && { submissionDeadline: deadline }),
    ...(input.quota !== undefined && { quota: input.quota }),
  };
}

export function requireExisting(state: BudgetCycleState): void {
  if (!state.exists) throw new NotFoundError('no such budget cycle');
}

export function requireMilestone(state: BudgetCycleState, milestoneId: string): Milestone {
  requireExisting(state);
  const m = state.milestones.find((x) => x.id === milestoneId);
  if (m === undefined) throw new NotFoundError(`no milestone ${milestoneId} in this budget cycle`);
  return m;
}

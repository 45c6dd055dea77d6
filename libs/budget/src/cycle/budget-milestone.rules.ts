import { InvalidInputError, NotFoundError } from '@app/kernel';
import { isAfter, requireIsoTime } from '../time/iso-time';
import type { MilestoneInput } from './budget-cycle.commands';
import { MILESTONE_KINDS, type Milestone, type MilestoneKind } from './budget-cycle.events';
import type { BudgetCycleState } from './budget-cycle.state';

// Milestone ids end up in scheduler job ids, where BullMQ refuses ':'.
const ID = /^[A-Za-z0-9_-]{1,100}$/;

/** A calendar milestone as entered, checked; `field` names it in a refusal (`milestones[2]`). */
export function milestone(input: MilestoneInput, field: string): Milestone {
  if (typeof input.id !== 'string' || !ID.test(input.id)) {
    throw new InvalidInputError('id must be letters, digits, - or _', `${field}.id`);
  }
  if (!MILESTONE_KINDS.includes(input.kind as MilestoneKind)) {
    throw new InvalidInputError(`kind must be one of ${MILESTONE_KINDS.join(', ')}`, `${field}.kind`);
  }
  if (typeof input.committee !== 'string' || input.committee.trim() === '') {
    throw new InvalidInputError('committee is required', `${field}.committee`);
  }
  const date = requireIsoTime(input.date, `${field}.date`);
  const deadline = input.submissionDeadline;
  if (deadline !== undefined) {
    requireIsoTime(deadline, `${field}.submissionDeadline`);
    if (!isAfter(date, deadline)) {
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
    id: input.id,
    kind: input.kind as MilestoneKind,
    committee: input.committee.trim(),
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

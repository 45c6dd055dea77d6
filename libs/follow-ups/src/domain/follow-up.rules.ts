import { InvalidInputError, InvalidStateError, NotFoundError, requireId } from '@app/kernel';
import type { FollowUpState } from './follow-up.state';

/** Input rules shared by the follow-up's commands; each refusal names the field at fault (400). */

export function requireNumber(value: number, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new InvalidInputError(`${field} must be a finite number`, field);
  return value;
}

export function requireUniqueIds(items: { id: string }[], field: string): void {
  const seen = new Set<string>();
  for (const item of items) {
    requireId(item.id, `${field}.id`);
    if (seen.has(item.id)) throw new InvalidInputError(`${field} has the id "${item.id}" twice`, field);
    seen.add(item.id);
  }
}

export function requireOrdered(start: string, end: string | undefined, field: string): void {
  if (end !== undefined && Date.parse(end) < Date.parse(start))
    throw new InvalidInputError(`${field} ends before it starts`, field);
}

export function requireExisting(state: FollowUpState): void {
  if (!state.exists) throw new NotFoundError('follow-up not found');
}

/** A verdict ends the follow-up (issue 6): nothing is reported, planned or completed after it. */
export function requireActive(state: FollowUpState): void {
  requireExisting(state);
  if (state.verdict)
    throw new InvalidStateError(`the follow-up ended with the verdict "${state.verdict.verdict}"`);
}

import { ROLES } from '@app/kernel';

/** A role a token can carry (kernel `Role` minus `system`, which only the scheduler acts as). */
export type AccessRole = (typeof ROLES)[number];

export const ACCESS_ROLES: readonly AccessRole[] = ROLES;

export function isAccessRole(value: unknown): value is AccessRole {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Issue 3: everyone with a role inside a council reads all of it; the admin has no such role. */
export const READ_ROLES: readonly AccessRole[] = ['secretary', 'chair', 'member', 'evaluator'];

/**
 * Roles that may write anything at all inside a council. Evaluators write nothing (issue 3);
 * which of a member's writes are theirs to make ("only their own input") is the decider's call.
 */
export const WRITE_ROLES: readonly AccessRole[] = ['secretary', 'chair', 'member'];

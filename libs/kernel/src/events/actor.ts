/** Roles from the terms of reference (seed 001) plus the two the system needs: admin and system. */
export const ROLES = ['admin', 'secretary', 'chair', 'member', 'evaluator'] as const;
export type Role = (typeof ROLES)[number] | 'system';

/** Who did it. Always taken from the verified token (or the scheduler), never from a request body. */
export interface Actor {
  personId: string;
  role: Role;
}

export const SYSTEM_ACTOR: Actor = { personId: 'system', role: 'system' };

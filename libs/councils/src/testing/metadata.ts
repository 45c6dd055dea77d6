import type { CommandMetadata, Role } from '@app/kernel';

/** Command metadata for specs: who acts, at a fixed time. */
export function by(personId: string, role: Role, now = '2022-01-20T15:00:00.000Z'): CommandMetadata {
  return { actor: { personId, role }, councilId: 'udsatte-h', now, correlationId: 'c-1', causationId: 'r-1' };
}

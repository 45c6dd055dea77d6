import {
  ForbiddenError,
  NotFoundError,
  requireOwnCouncil,
  InvalidStateError,
  type Actor,
  type Role,
} from '@app/kernel';
import { isClosed, type HearingState, type OpenHearingState } from './hearing.state';

/** Small guards the decider shares; each throws the typed error the HTTP layer maps to a status. */
export const ms = (iso: string): number => Date.parse(iso);

export function requireRole(actor: Actor, roles: readonly Role[], what: string): void {
  if (!roles.includes(actor.role)) throw new ForbiddenError(`a ${actor.role} may not ${what}`);
}

/** A hearing of another council is as good as missing to the caller (docs/conventions.md: 404). */
export function requireHearing(state: HearingState, councilId?: string): OpenHearingState {
  if (!state.exists) throw new NotFoundError('no such hearing');
  requireOwnCouncil(state.councilId, councilId, 'no such hearing');
  return state;
}

export function requireNotClosed(state: OpenHearingState, what: string): void {
  if (isClosed(state)) throw new InvalidStateError(`the hearing is ${state.status}: cannot ${what}`);
}

export function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

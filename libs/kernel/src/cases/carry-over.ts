import type { Actor } from '../events/actor';
import type { Command } from '../commands/command-metadata';
import type { DomainEvent } from '../events/domain-event';
import { InvalidStateError } from '../errors/domain-errors';

/**
 * Issue 18.3: an open case carried over from a predecessor council to its successor. Stream ids
 * and every read model are keyed by council (case-stream.ts), so the case does not move: its
 * predecessor's stream ends with `CaseCarriedOver` (it stays readable there, and takes nothing
 * more), and the successor's stream of the same case id begins with `CaseCarriedIn`, which holds a
 * copy of the predecessor's events and the link back to them. The same two type names in every
 * aggregate that can be carried (like `RemindersIssued`), so history and the report know them
 * without knowing the feature.
 */

/** The link back: the predecessor's stream and the last event copied from it, with its chain hash. */
export interface CarriedFrom {
  councilId: string;
  streamId: string;
  /** Revision of the last event copied (the one before `CaseCarriedOver`). */
  revision: number;
  /** That event's chain hash, so an evaluator can check the copy against the predecessor's stream. */
  hash?: string;
}

/** One of the predecessor's events as it was stored: its type, data, who did it and when. */
export interface CarriedEvent {
  /** The event's id and global position in the predecessor's log, to cite it there. */
  id: string;
  position: number;
  type: string;
  data: unknown;
  actor: Actor;
  recordedAt: string;
  occurredAt?: string;
}

export type CaseCarriedOver = DomainEvent<'CaseCarriedOver', { successorId: string }>;

/** `arrival`: what the aggregate takes from the successor on arrival (e.g. who is invited now). */
export type CaseCarriedIn<A = Record<string, unknown>> = DomainEvent<
  'CaseCarriedIn',
  { councilId: string; from: CarriedFrom; history: CarriedEvent[]; arrival: A }
>;

export type CarryCaseOver = Command<'CarryCaseOver', { successorId: string }>;

/** `arrival` is filled in by the aggregate's enrichment from the successor's record, never by the caller. */
export type CarryCaseIn<A = Record<string, unknown>> = Command<
  'CarryCaseIn',
  { from: CarriedFrom; history: CarriedEvent[]; arrival?: A }
>;

/** Every write to a carried case in its predecessor is refused, naming where it went. */
export function carriedOverRefusal(label: string, successorId: string): InvalidStateError {
  return new InvalidStateError(`this ${label} was carried over to council ${successorId}; continue it there`);
}

/**
 * The predecessor's side: an open case is closed here for its successor, once. A repeat for the
 * same successor changes nothing (a retry completes a carry-over half recorded); another
 * successor is refused, and so is a case that is no longer open.
 */
export function decideCarryOver(
  command: CarryCaseOver,
  state: { carriedOverTo?: string; closedAs?: string },
  label: string,
): CaseCarriedOver[] {
  const { successorId } = command.data;
  if (state.carriedOverTo === successorId) return [];
  if (state.carriedOverTo !== undefined) throw carriedOverRefusal(label, state.carriedOverTo);
  if (state.closedAs !== undefined)
    throw new InvalidStateError(`only an open ${label} is carried over; this one is ${state.closedAs}`);
  return [{ type: 'CaseCarriedOver', data: { successorId } }];
}

/**
 * The successor's side: the case begins here with its predecessor's history. The same link again
 * changes nothing; a case of that id already here (another one, or carried from elsewhere) is refused.
 */
export function decideCarryIn<A>(
  command: CarryCaseIn<A>,
  state: { exists: boolean; carriedFrom?: CarriedFrom },
  label: string,
): CaseCarriedIn<A>[] {
  const { from, history, arrival } = command.data;
  const councilId = command.metadata.councilId;
  if (councilId === undefined) throw new InvalidStateError(`a ${label} is carried into a council`);
  if (state.exists) {
    const same =
      state.carriedFrom?.councilId === from.councilId && state.carriedFrom.streamId === from.streamId;
    if (same) return [];
    throw new InvalidStateError(`this council already has a ${label} with that id`);
  }
  if (history.length === 0) throw new InvalidStateError(`there is no ${label} to carry over`);
  return [
    {
      type: 'CaseCarriedIn',
      data: { councilId, from, history, arrival: (arrival ?? {}) as A },
    },
  ];
}

import {
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
  optionalId,
  requireId,
  requireText,
} from '@app/kernel';
import type { CarryPostponedItem, CorrectMinutes, PostponeAgendaItem } from './meeting.commands';
import type { MeetingEvent } from './meeting.events';
import type { MeetingState } from './meeting.state';

type Item = MeetingState['agenda'][number];

export function itemOf(state: MeetingState, itemId: string): Item {
  const item = state.agenda.find((i) => i.itemId === itemId);
  // An item id from another meeting is simply not on this agenda.
  if (!item) throw new NotFoundError(`agenda item ${itemId} is not on meeting ${state.meetingId}`);
  return item;
}

/**
 * The decision text as short as the minutes' own: seed 003 item 7 (approval of participation) has
 * an empty "Beslutning", so such an item may be decided with no text; every other item says what
 * was decided or taken note of.
 */
export function requireDecisionText(item: Item, decision: unknown): string {
  const blank = typeof decision === 'string' && decision.trim() === '';
  if (item.kind === 'participation-approval' && blank) return '';
  return requireText(decision, 'decision');
}

/** Udsat: an item not yet decided is postponed with a reason, once; a decided one is not (409). */
export function postpone(command: PostponeAgendaItem, state: MeetingState): MeetingEvent[] {
  const item = itemOf(state, command.data.itemId);
  const reason = requireText(command.data.reason, 'reason');
  const carriedTo = optionalId(command.data.carriedTo, 'carriedTo');
  if (item.postponed) return [];
  if (item.decision !== undefined) {
    throw new InvalidStateError(`agenda item ${item.itemId} is decided; it is not postponed`);
  }
  if (state.minutesApprovedAt) throw new InvalidStateError('the minutes are approved; the agenda is closed');
  if (carriedTo === state.meetingId)
    throw new InvalidInputError('an item is postponed to another meeting', 'carriedTo');
  return [
    {
      type: 'AgendaItemPostponed',
      data: { itemId: item.itemId, reason, ...(carriedTo !== undefined && { carriedTo }) },
    },
  ];
}

/**
 * A postponed item that had no next meeting to go to is carried to one added or dated later, once:
 * recorded where it went. It is bookkeeping of the item's way, not a change of the minutes, so it
 * is recorded after they are approved too.
 */
export function carry(command: CarryPostponedItem, state: MeetingState): MeetingEvent[] {
  const item = itemOf(state, command.data.itemId);
  const carriedTo = requireId(command.data.carriedTo, 'carriedTo');
  if (carriedTo === state.meetingId)
    throw new InvalidInputError('an item is carried to another meeting', 'carriedTo');
  if (!item.postponed) throw new InvalidStateError(`agenda item ${item.itemId} is not postponed`);
  if (item.postponed.carriedTo === carriedTo) return [];
  if (item.postponed.carriedTo !== undefined)
    throw new InvalidStateError(
      `agenda item ${item.itemId} was carried to meeting ${item.postponed.carriedTo} already`,
    );
  return [{ type: 'PostponedItemCarried', data: { itemId: item.itemId, carriedTo } }];
}

/** Every item decided, noted or postponed before the minutes are approved; the refusal names those that are not. */
export function requireEveryItemDealtWith(
  state: MeetingState,
  done: 'approved' | 'circulated' = 'approved',
): void {
  const open = state.agenda
    .map((item, index) => ({ item, number: index + 1 }))
    .filter(({ item }) => item.decision === undefined && !item.postponed);
  if (open.length === 0) return;
  const named = open.map(({ item, number }) => `${item.itemId} (item ${number}, "${item.title}")`);
  throw new InvalidStateError(
    `items without a decision: ${named.join(', ')}; each item is decided, noted or postponed before the minutes are ${done}`,
  );
}

/** Approved minutes are frozen: a decision in them changes only by a correction with its reason. */
export function correct(command: CorrectMinutes, state: MeetingState): MeetingEvent[] {
  if (!state.minutesApprovedAt) {
    throw new InvalidStateError('the minutes are not approved yet; record the decision again instead');
  }
  const item = itemOf(state, command.data.itemId);
  if (item.decision === undefined) {
    throw new InvalidStateError(`agenda item ${item.itemId} was postponed; there is no decision to correct`);
  }
  const decision = requireDecisionText(item, command.data.decision);
  const reason = requireText(command.data.reason, 'reason');
  if (decision === item.decision) return [];
  const data = { itemId: item.itemId, decision, reason, correctedBy: command.metadata.actor.personId };
  return [{ type: 'MinutesCorrected', data }];
}

import {
  InvalidInputError,
  InvalidStateError,
  isBefore,
  optionalText,
  requireId,
  requireText,
} from '@app/kernel';
import type { ReorderAgenda } from './meeting.commands';
import {
  AGENDA_ITEM_KINDS,
  type AgendaItem,
  type Attachment,
  type MeetingEvent,
  type Presenter,
  REFERENCE_KINDS,
} from './meeting.events';
import type { MeetingState } from './meeting.state';

/** The case an item or action point serves: a hearing, budget proposal or follow-up (the handler checks it is the council's). */
export function optionalReference(refersTo: AgendaItem['refersTo']): Pick<AgendaItem, 'refersTo'> {
  if (refersTo === undefined) return {};
  if (!REFERENCE_KINDS.includes(refersTo?.kind)) {
    throw new InvalidInputError(
      `refersTo.kind must be one of ${REFERENCE_KINDS.join(', ')}`,
      'refersTo.kind',
    );
  }
  return { refersTo: { kind: refersTo.kind, id: requireId(refersTo.id, 'refersTo.id') } };
}

/** The item's kind, whether it is open, its presenters and attachments, as the minutes show them. */
export function requireItemExtras(d: AgendaItem): Partial<AgendaItem> {
  if (d.kind !== undefined && !AGENDA_ITEM_KINDS.includes(d.kind)) {
    throw new InvalidInputError(`kind must be one of ${AGENDA_ITEM_KINDS.join(', ')}`, 'kind');
  }
  if (d.open !== undefined && typeof d.open !== 'boolean') {
    throw new InvalidInputError('open must be true or false', 'open');
  }
  const presenters = d.presenters?.map((p, i): Presenter => {
    const organisation = optionalText(p?.organisation, `presenters.${i}.organisation`);
    return {
      name: requireText(p?.name, `presenters.${i}.name`),
      ...(organisation !== undefined && { organisation }),
    };
  });
  const attachments = d.attachments?.map((a, i): Attachment => {
    const documentId = optionalText(a?.documentId, `attachments.${i}.documentId`);
    const url = optionalText(a?.url, `attachments.${i}.url`);
    if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) {
      throw new InvalidInputError('url must be an http(s) link', `attachments.${i}.url`);
    }
    return {
      title: requireText(a?.title, `attachments.${i}.title`),
      ...(documentId !== undefined && { documentId }),
      ...(url !== undefined && { url }),
    };
  });
  if (d.minutesOf !== undefined && d.kind !== 'previous-minutes-approval') {
    throw new InvalidInputError('minutesOf is for an item of kind previous-minutes-approval', 'minutesOf');
  }
  const minutesOf = d.minutesOf === undefined ? undefined : requireId(d.minutesOf, 'minutesOf');
  return {
    ...(d.kind !== undefined && { kind: d.kind }),
    ...(minutesOf !== undefined && { minutesOf }),
    ...(d.open !== undefined && { open: d.open }),
    ...(presenters !== undefined && { presenters }),
    ...(attachments !== undefined && { attachments }),
  };
}

/** The agenda is reordered until the meeting begins; each item once, none left out. */
export function reorder(command: ReorderAgenda, state: MeetingState): MeetingEvent[] {
  const itemIds = command.data.itemIds.map((id, i) => requireId(id, `itemIds.${i}`));
  const known = state.agenda.map((item) => item.itemId);
  const sameSet =
    itemIds.length === known.length &&
    new Set(itemIds).size === itemIds.length &&
    itemIds.every((id) => known.includes(id));
  if (!sameSet) {
    throw new InvalidInputError(
      `itemIds must name every item of the agenda once: ${known.join(', ')}`,
      'itemIds',
    );
  }
  if (itemIds.every((id, i) => known[i] === id)) return [];
  if (state.startsAt && !isBefore(command.metadata.now, state.startsAt)) {
    throw new InvalidStateError('the agenda is reordered until the meeting begins');
  }
  return [{ type: 'AgendaReordered', data: { itemIds } }];
}

import {
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
  optionalId,
  optionalText,
  requireId,
  requireInstant,
  requireText,
  sameJson,
} from '@app/kernel';
import type { AddActionPoint, CompleteActionPoint, DropActionPoint } from './meeting.commands';
import { optionalReference } from './agenda-item.rules';
import type { ActionPointAdded, MeetingEvent } from './meeting.events';
import type { MeetingState } from './meeting.state';
import { itemOf } from './minutes.rules';

/**
 * An action point on an item, owned by a member or a secretary of the council (404 for any other
 * person id), or by a person from the region given by name, who is not on the council (issue 17:
 * "a member, a secretary or a named person from the region"), with her organisation if given.
 */
export function addActionPoint(command: AddActionPoint, state: MeetingState): MeetingEvent[] {
  const d = command.data;
  const item = itemOf(state, d.itemId);
  const dueAt = d.dueAt === undefined ? undefined : requireInstant(d.dueAt, 'dueAt');
  const data = {
    actionPointId: requireId(d.actionPointId, 'id'),
    itemId: item.itemId,
    text: requireText(d.text, 'text'),
    ...ownerOf(d),
    ...(dueAt !== undefined && { dueAt }),
    ...optionalReference(d.refersTo),
  };
  if (!data.ownerNamed && d.people !== undefined && !d.people.includes(data.owner)) {
    throw new NotFoundError(`${data.owner} is neither a member nor a secretary of the council`);
  }
  const known = state.actionPoints.find((p) => p.actionPointId === data.actionPointId);
  if (known) {
    const { completed: _c, dropped: _d, ...stored } = known;
    if (sameJson(stored, data)) return [];
    throw new InvalidStateError(`action point ${data.actionPointId} already exists with other content`);
  }
  return [{ type: 'ActionPointAdded', data }];
}

/** One owner: a person id, or a name (with an optional organisation); both or neither is 400. */
function ownerOf(
  d: AddActionPoint['data'],
): Pick<ActionPointAdded['data'], 'owner' | 'ownerNamed' | 'ownerOrganisation'> {
  if (d.owner !== undefined && d.ownerName !== undefined)
    throw new InvalidInputError('give owner (a person id) or ownerName, not both', 'owner');
  if (d.ownerName === undefined) {
    if (d.ownerOrganisation !== undefined)
      throw new InvalidInputError('ownerOrganisation goes with ownerName', 'ownerOrganisation');
    if (d.owner === undefined)
      throw new InvalidInputError('owner or ownerName must be given: who does it', 'owner');
    return { owner: requireId(d.owner, 'owner') };
  }
  const organisation = optionalText(d.ownerOrganisation, 'ownerOrganisation', 500);
  return {
    owner: requireText(d.ownerName, 'ownerName', 200).trim(),
    ownerNamed: true,
    ...(organisation !== undefined && { ownerOrganisation: organisation.trim() }),
  };
}

function pointOf(state: MeetingState, actionPointId: string): MeetingState['actionPoints'][number] {
  const id = optionalId(actionPointId, 'actionPointId');
  const point = state.actionPoints.find((p) => p.actionPointId === id);
  if (!point) throw new NotFoundError(`action point ${actionPointId} not found`);
  return point;
}

export function completeActionPoint(command: CompleteActionPoint, state: MeetingState): MeetingEvent[] {
  const point = pointOf(state, command.data.actionPointId);
  if (point.completed) return [];
  if (point.dropped) throw new InvalidStateError(`action point ${point.actionPointId} was dropped`);
  const data = {
    actionPointId: point.actionPointId,
    completedBy: command.metadata.actor.personId,
    completedAt: command.metadata.now,
  };
  return [{ type: 'ActionPointCompleted', data }];
}

/** Dropped with a reason: not to be done after all; a point already done is not dropped (409). */
export function dropActionPoint(command: DropActionPoint, state: MeetingState): MeetingEvent[] {
  const point = pointOf(state, command.data.actionPointId);
  const reason = requireText(command.data.reason, 'reason');
  if (point.dropped) return [];
  if (point.completed)
    throw new InvalidStateError(`action point ${point.actionPointId} is done; it is not dropped`);
  const data = {
    actionPointId: point.actionPointId,
    reason,
    droppedBy: command.metadata.actor.personId,
    droppedAt: command.metadata.now,
  };
  return [{ type: 'ActionPointDropped', data }];
}

import {
  InvalidStateError,
  NotFoundError,
  optionalId,
  requireId,
  requireInstant,
  requireText,
  sameJson,
} from '@app/kernel';
import type { AddActionPoint, CompleteActionPoint } from './meeting.commands';
import type { MeetingEvent } from './meeting.events';
import type { MeetingState } from './meeting.state';
import { itemOf } from './minutes.rules';

/** An action point on an item, owned by a member or a secretary of the council (404 for anyone else). */
export function addActionPoint(command: AddActionPoint, state: MeetingState): MeetingEvent[] {
  const d = command.data;
  const item = itemOf(state, d.itemId);
  const dueAt = d.dueAt === undefined ? undefined : requireInstant(d.dueAt, 'dueAt');
  const data = {
    actionPointId: requireId(d.actionPointId, 'id'),
    itemId: item.itemId,
    text: requireText(d.text, 'text'),
    owner: requireId(d.owner, 'owner'),
    ...(dueAt !== undefined && { dueAt }),
  };
  if (d.people !== undefined && !d.people.includes(data.owner)) {
    throw new NotFoundError(`${data.owner} is neither a member nor a secretary of the council`);
  }
  const known = state.actionPoints.find((p) => p.actionPointId === data.actionPointId);
  if (known) {
    const { completed: _c, ...stored } = known;
    if (sameJson(stored, data)) return [];
    throw new InvalidStateError(`action point ${data.actionPointId} already exists with other content`);
  }
  return [{ type: 'ActionPointAdded', data }];
}

export function completeActionPoint(command: CompleteActionPoint, state: MeetingState): MeetingEvent[] {
  const id = optionalId(command.data.actionPointId, 'actionPointId');
  const point = state.actionPoints.find((p) => p.actionPointId === id);
  if (!point) throw new NotFoundError(`action point ${command.data.actionPointId} not found`);
  if (point.completed) return [];
  const data = {
    actionPointId: point.actionPointId,
    completedBy: command.metadata.actor.personId,
    completedAt: command.metadata.now,
  };
  return [{ type: 'ActionPointCompleted', data }];
}

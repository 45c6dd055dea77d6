import {
  InvalidStateError,
  NotFoundError,
  optionalId,
  requireId,
  requireInstant,
  requireText,
  sameJson,
} from '@app/kernel';
import type { AddActionPoint, CompleteActionPoint, DropActionPoint } from './meeting.commands';
import { optionalReference } from './agenda-item.rules';
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
    ...optionalReference(d.refersTo),
  };
  if (d.people !== undefined && !d.people.includes(data.owner)) {
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

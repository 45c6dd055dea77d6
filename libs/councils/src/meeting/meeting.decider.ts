import {
  type Decider,
  ForbiddenError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
  optionalText,
  requireDurations,
  requireId,
  requireInstant,
  requireOwnCouncil,
  requireText,
  sameJson,
} from '@app/kernel';
import type {
  AddAgendaItem,
  CancelMeeting,
  DecideAgendaItem,
  IssueMeetingReminders,
  MeetingCommand,
  MoveMeeting,
  ScheduleMeeting,
} from './meeting.commands';
import { addActionPoint, completeActionPoint, dropActionPoint } from './action-point.rules';
import { actionPointReminderId } from './meeting.deadlines';
import { optionalReference, reorder, requireItemExtras } from './agenda-item.rules';
import { attachFile } from './attachment.rules';
import { carry, correct, itemOf, postpone, requireDecisionText } from './minutes.rules';
import { approve, circulate, comment } from './minutes-circulation.rules';
import { cancel, move, recordAttendance, requireHeld, requireTimes } from './meeting-changes';
import { type AgendaItem, MEETING_KINDS, type MeetingEvent } from './meeting.events';
import { evolveMeeting, initialMeetingState, type MeetingState } from './meeting.state';

export const meetingDecider: Decider<MeetingCommand, MeetingEvent, MeetingState> = {
  initialState: initialMeetingState,
  evolve: evolveMeeting,
  decide(command, state) {
    if (command.type === 'ScheduleMeeting') return schedule(command, state);
    // A meeting id under another council's URL is not found there (issue 3: ids do not leak).
    if (!state.exists) throw new NotFoundError('meeting not found');
    requireOwnCouncil(state.councilId, command.metadata.councilId, 'meeting not found');
    if (command.type === 'MoveMeeting' || command.type === 'CancelMeeting') requireArranger(command, state);
    // A cancelled meeting stays in the history as it was; a reminder for it is simply not sent.
    if (state.cancelled && command.type !== 'CancelMeeting') {
      if (command.type === 'IssueMeetingReminders') return [];
      throw new InvalidStateError(`meeting ${state.meetingId} is cancelled`);
    }
    switch (command.type) {
      case 'MoveMeeting':
        return move(command, state);
      case 'CancelMeeting':
        return cancel(command, state);
      case 'RecordAttendance':
        return recordAttendance(command, state);
      case 'AddAgendaItem':
        return addItem(command, state);
      case 'AttachFile':
        return attachFile(command, state);
      case 'ReorderAgenda':
        return reorder(command, state);
      case 'DecideAgendaItem':
        return decideItem(command, state);
      case 'ApproveMinutes':
        return approve(command, state);
      case 'CirculateMinutes':
        return circulate(command, state);
      case 'CommentOnMinutes':
        return comment(command, state);
      case 'PostponeAgendaItem':
        return postpone(command, state);
      case 'CarryPostponedItem':
        return carry(command, state);
      case 'AddActionPoint':
        return addActionPoint(command, state);
      case 'CompleteActionPoint':
        return completeActionPoint(command, state);
      case 'DropActionPoint':
        return dropActionPoint(command, state);
      case 'CorrectMinutes':
        return correct(command, state);
      case 'IssueMeetingReminders':
        return remind(command, state);
    }
  },
};

function schedule(command: ScheduleMeeting, state: MeetingState): MeetingEvent[] {
  const d = command.data;
  const place = optionalText(d.place, 'place');
  const online = optionalText(d.online, 'online');
  const committee = optionalText(d.committee, 'committee');
  const purpose = optionalText(d.purpose, 'purpose');
  if (!MEETING_KINDS.includes(d.kind)) {
    throw new InvalidInputError(`kind must be one of ${MEETING_KINDS.join(', ')}`, 'kind');
  }
  if (d.kind === 'committee-dialogue' && committee === undefined) {
    throw new InvalidInputError('a dialogue meeting names the regional committee', 'committee');
  }
  const joint = requireJoint(d);
  if (d.dateToFollow === true && d.startsAt !== undefined) {
    throw new InvalidInputError('a meeting whose date is to follow has no startsAt yet', 'startsAt');
  }
  const times =
    d.dateToFollow === true
      ? requireTimes(undefined, d.endsAt)
      : requireTimes(requireInstant(d.startsAt, 'startsAt'), d.endsAt);
  const data = {
    meetingId: requireId(d.meetingId, 'id'),
    councilId: requireId(d.councilId, 'councilId'),
    kind: d.kind,
    ...times,
    ...(d.dateToFollow === true && { dateToFollow: true as const }),
    ...(place !== undefined && { place }),
    ...(online !== undefined && { online }),
    ...(committee !== undefined && { committee }),
    ...(purpose !== undefined && { purpose }),
    ...joint,
    ...(d.year !== undefined && { year: d.year }),
    ...(d.calledBy !== undefined && { calledBy: d.calledBy }),
    reminderOffsets: requireDurations(d.reminderOffsets, 'reminderOffsets'),
  };
  if (!state.exists) return [{ type: 'MeetingScheduled', data }];
  // A retry may come from someone else and with today's offsets; only the meeting itself must match.
  const identity = (m: {
    meetingId: string;
    councilId: string;
    kind: string;
    startsAt?: string;
    place?: string;
    year?: number;
    jointWith?: string[];
  }) => [
    m.meetingId,
    m.councilId,
    m.kind,
    Date.parse(m.startsAt ?? ''),
    m.place ?? null,
    m.year ?? null,
    m.jointWith ?? [],
  ];
  // Once moved, the meeting is no longer what was first scheduled; a retry of that is still no change.
  if (state.scheduled && sameJson(identity(state.scheduled), identity(data))) return [];
  throw new InvalidStateError(`meeting ${data.meetingId} already exists with other details`);
}

/**
 * A joint meeting names the other councils at it, each once and not itself; only a joint meeting
 * names any. On another council's copy, `hostedBy` is one of them: the council that arranged it.
 */
function requireJoint(d: ScheduleMeeting['data']): Pick<ScheduleMeeting['data'], 'jointWith' | 'hostedBy'> {
  const jointWith = (d.jointWith ?? []).map((c, i) => requireId(c, `jointWith.${i}`));
  if (d.kind !== 'joint') {
    if (jointWith.length > 0 || d.hostedBy !== undefined)
      throw new InvalidInputError('only a joint meeting names other councils (kind joint)', 'jointWith');
    return {};
  }
  if (jointWith.length === 0)
    throw new InvalidInputError('a joint meeting names the other councils at it', 'jointWith');
  if (new Set(jointWith).size !== jointWith.length)
    throw new InvalidInputError('jointWith names a council twice', 'jointWith');
  if (jointWith.includes(d.councilId))
    throw new InvalidInputError('a council does not hold a joint meeting with itself', 'jointWith');
  if (d.hostedBy !== undefined && !jointWith.includes(d.hostedBy))
    throw new InvalidInputError("the arranging council is one of the joint meeting's councils", 'hostedBy');
  return { jointWith, ...(d.hostedBy !== undefined && { hostedBy: d.hostedBy }) };
}

/**
 * A joint meeting's time, place and cancellation are one for every council: the council that
 * arranged it changes them, on its own copy and on the others' (each copy takes the change from
 * it), and a council at the meeting does not move its copy away from the others.
 */
function requireArranger(command: MoveMeeting | CancelMeeting, state: MeetingState): void {
  if (state.hostedBy !== undefined && command.data.arrangedBy !== state.hostedBy)
    throw new ForbiddenError(
      `the joint meeting is moved or cancelled by the council that arranged it (${state.hostedBy})`,
    );
}

function addItem(command: AddAgendaItem, state: MeetingState): MeetingEvent[] {
  const d = command.data;
  const text = (field: keyof AgendaItem) => {
    const value = optionalText(d[field], field);
    return value === undefined ? {} : { [field]: value };
  };
  const item: AgendaItem = {
    itemId: requireId(d.itemId, 'id'),
    title: requireText(d.title, 'title'),
    ...text('caseId'),
    ...text('documentId'),
    ...text('summary'),
    ...text('recommendation'),
    ...text('presentation'),
    ...text('economy'),
    ...text('previousDecisions'),
    ...optionalReference(d.refersTo),
    ...requireItemExtras(d),
    ...(d.postponedFrom !== undefined && {
      postponedFrom: {
        meetingId: requireId(d.postponedFrom.meetingId, 'postponedFrom.meetingId'),
        itemId: requireId(d.postponedFrom.itemId, 'postponedFrom.itemId'),
      },
    }),
  };
  if (item.minutesOf === state.meetingId) {
    throw new InvalidInputError('a meeting approves the minutes of another meeting', 'minutesOf');
  }
  const known = state.agenda.find((i) => i.itemId === item.itemId);
  if (known) {
    const { decision: _d, absent: _a, postponed: _p, corrections: _c, ...stored } = known;
    if (sameJson(stored, item)) return [];
    throw new InvalidStateError(`agenda item ${item.itemId} already exists with other content`);
  }
  if (state.minutesApprovedAt) throw new InvalidStateError('the minutes are approved; the agenda is closed');
  return [{ type: 'AgendaItemAdded', data: item }];
}

function decideItem(command: DecideAgendaItem, state: MeetingState): MeetingEvent[] {
  const item = itemOf(state, command.data.itemId);
  const decision = requireDecisionText(item, command.data.decision);
  const absent = command.data.absent.map((p, i) => requireId(p, `absent.${i}`));
  if (new Set(absent).size !== absent.length)
    throw new InvalidInputError('absent lists someone twice', 'absent');
  const data = { itemId: item.itemId, decision, absent };
  if (
    item.decision !== undefined &&
    sameJson({ itemId: item.itemId, decision: item.decision, absent: item.absent }, data)
  ) {
    return [];
  }
  if (item.postponed) {
    throw new InvalidStateError(
      `agenda item ${item.itemId} is postponed; it is decided where it was carried to`,
    );
  }
  requireHeld(state, command.metadata.now, 'an item is decided at or after the meeting');
  requireAtOrAfterMeeting(command.metadata.occurredAt, state, 'an item is decided');
  // Approved minutes are the record: a decision in them is not rewritten.
  if (state.minutesApprovedAt)
    throw new InvalidStateError(
      'the minutes are approved; decisions are final and change only by a correction with its reason',
    );
  return [{ type: 'AgendaItemDecided', data }];
}

/** What is done at or after a meeting cannot have happened before it (business time, `occurredAt`). */
function requireAtOrAfterMeeting(occurredAt: string | undefined, state: MeetingState, what: string): void {
  if (occurredAt !== undefined && Date.parse(occurredAt) < Date.parse(state.startsAt))
    throw new InvalidInputError(
      `occurredAt must not be before the meeting began (${state.startsAt}): ${what} at or after it`,
      'occurredAt',
    );
}

function remind(command: IssueMeetingReminders, state: MeetingState): MeetingEvent[] {
  const { deadline, reminderId, dueAt, remindAt } = command.data;
  if (state.remindersIssued.includes(reminderId)) return [];
  if (deadline === 'action-point') {
    // Its owner is reminded of an action point still open; the deadline names the owner.
    const point = state.actionPoints.find((p) =>
      state.reminderOffsets.some((offset) => reminderId === actionPointReminderId(p.actionPointId, offset)),
    );
    if (!point || point.completed || point.dropped) return [];
  }
  if (!state.startsAt) return [];
  // A reminder for a date the meeting has since moved from is not the meeting's any more.
  if (deadline === 'meeting' && Date.parse(dueAt) !== Date.parse(state.startsAt)) return [];
  if (deadline === 'meeting' && Date.parse(command.metadata.now) >= Date.parse(state.startsAt)) return [];
  if (deadline === 'minutes-approval' && state.minutesApprovedAt) return [];
  if (deadline === 'minutes-comments') {
    // Only the latest circulation's deadline, and only while the minutes are still a draft.
    const latest = state.circulations.at(-1)?.commentsBy;
    if (state.minutesApprovedAt || latest === undefined || Date.parse(latest) !== Date.parse(dueAt))
      return [];
  }
  const recipients = [...new Set(command.data.recipients ?? [])];
  if (recipients.length === 0) return [];
  const late = command.data.late === true && { late: true };
  return [{ type: 'RemindersIssued', data: { deadline, reminderId, dueAt, remindAt, recipients, ...late } }];
}

import {
  InvalidInputError,
  InvalidStateError,
  isBefore,
  NotFoundError,
  optionalText,
  requireId,
  requireInstant,
  requireText,
  sameJson,
} from '@app/kernel';
import type { CancelMeeting, MoveMeeting, RecordAttendance } from './meeting.commands';
import type { AbsentPerson, Guest, MeetingEvent, MeetingMoved } from './meeting.events';
import type { MeetingState } from './meeting.state';

/** A start and an optional end, the end after the start; an end alone has nothing to end. */
export function requireTimes(startsAt: unknown, endsAt: unknown): { startsAt?: string; endsAt?: string } {
  const start = startsAt === undefined ? undefined : requireInstant(startsAt, 'startsAt');
  const end = endsAt === undefined ? undefined : requireInstant(endsAt, 'endsAt');
  if (end !== undefined && start === undefined) {
    throw new InvalidInputError('an end time needs a start time', 'endsAt');
  }
  if (start !== undefined && end !== undefined && !isBefore(start, end)) {
    throw new InvalidInputError('endsAt must be after startsAt', 'endsAt');
  }
  return { ...(start !== undefined && { startsAt: start }), ...(end !== undefined && { endsAt: end }) };
}

/** Decisions and minutes belong to a meeting that has a date and has begun. */
export function requireHeld(state: MeetingState, now: string, message: string): void {
  if (!state.startsAt) throw new InvalidStateError(`meeting ${state.meetingId} has no date yet`);
  if (isBefore(now, state.startsAt)) throw new InvalidStateError(message);
}

/** Moved, or dated later when its date was to follow; the approved minutes fix when and where it was. */
export function move(command: MoveMeeting, state: MeetingState): MeetingEvent[] {
  const d = command.data;
  if (state.minutesApprovedAt)
    throw new InvalidStateError('the minutes are approved; the meeting is not moved');
  const place = optionalText(d.place, 'place');
  const online = optionalText(d.online, 'online');
  const startsAt = d.startsAt ?? (state.startsAt || undefined);
  const times = requireTimes(startsAt, d.endsAt ?? carriedEnd(state, d.startsAt));
  const changed: MeetingMoved['data'] = {};
  if (!sameInstant(times.startsAt, state.startsAt)) changed.startsAt = times.startsAt;
  if (!sameInstant(times.endsAt, state.endsAt)) changed.endsAt = times.endsAt;
  if (place !== undefined && place !== state.place) changed.place = place;
  if (online !== undefined && online !== state.online) changed.online = online;
  if (Object.keys(changed).length === 0) return [];
  return [{ type: 'MeetingMoved', data: changed }];
}

/** A meeting moved to another start keeps its length unless a new end is given. */
function carriedEnd(state: MeetingState, newStart: string | undefined): string | undefined {
  if (newStart === undefined || !state.endsAt || !state.startsAt || Number.isNaN(Date.parse(newStart))) {
    return state.endsAt;
  }
  const length = Date.parse(state.endsAt) - Date.parse(state.startsAt);
  return new Date(Date.parse(newStart) + length).toISOString();
}

/** Undefined is "not given", so no change. */
function sameInstant(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined) return true;
  return b !== undefined && b !== '' && Date.parse(a) === Date.parse(b);
}

/** A meeting that was held is minuted, not cancelled; cancelling twice changes nothing. */
export function cancel(command: CancelMeeting, state: MeetingState): MeetingEvent[] {
  const reason = requireText(command.data.reason, 'reason');
  if (state.cancelled) return [];
  if (state.minutesApprovedAt || state.agenda.some((item) => item.decision !== undefined)) {
    throw new InvalidStateError('a meeting with decisions was held; it is not cancelled');
  }
  const data = { reason, cancelledBy: command.metadata.actor.personId, cancelledAt: command.metadata.now };
  return [{ type: 'MeetingCancelled', data }];
}

/** The minutes' header: members present, absent with notice (afbud) or without, and guests. */
export function recordAttendance(command: RecordAttendance, state: MeetingState): MeetingEvent[] {
  const d = command.data;
  if (state.minutesApprovedAt) throw new InvalidStateError('the minutes are approved; attendance is final');
  const present = d.present.map((p, i) => requireId(p, `present.${i}`));
  const absent: AbsentPerson[] = d.absent.map((a, i) => {
    if (typeof a?.notice !== 'boolean') {
      throw new InvalidInputError('notice must be true (afbud) or false', `absent.${i}.notice`);
    }
    return { personId: requireId(a.personId, `absent.${i}.personId`), notice: a.notice };
  });
  const guests: Guest[] = d.guests.map((g, i) => {
    const organisation = optionalText(g?.organisation, `guests.${i}.organisation`);
    const role = optionalText(g?.role, `guests.${i}.role`);
    return {
      name: requireText(g?.name, `guests.${i}.name`),
      ...(organisation !== undefined && { organisation }),
      ...(role !== undefined && { role }),
    };
  });
  const people = [...present, ...absent.map((a) => a.personId)];
  if (new Set(people).size !== people.length) {
    throw new InvalidInputError('someone is listed twice', 'present');
  }
  if (d.members !== undefined) {
    const stranger = people.find((p) => !d.members?.includes(p));
    if (stranger !== undefined) throw new NotFoundError(`${stranger} is not a member of the council`);
  }
  const data = { present, absent, guests };
  if (state.attendance && sameJson(state.attendance, data)) return [];
  return [{ type: 'AttendanceRecorded', data }];
}

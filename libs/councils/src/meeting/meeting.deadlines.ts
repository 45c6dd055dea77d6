import { durationToMs, shiftByDuration } from '@app/kernel';
import type { Deadline } from '@app/scheduling';
import type { IssueMeetingReminders } from './meeting.commands';
import type { MeetingState } from './meeting.state';

/** Issue 3: the secretary is reminded when the minutes are not approved a week after the meeting. */
export const MINUTES_APPROVAL_DUE_AFTER = 'P7D';

/**
 * Per start: a meeting moved to another date reminds again at each offset before the new start,
 * even where the reminder for the old start was sent. The first start the meeting had keeps the
 * plain id, so reminders already issued before this rule are not sent twice.
 */
export function meetingReminderId(
  offset: string,
  state?: Pick<MeetingState, 'startsAt' | 'firstStartsAt'>,
): string {
  if (!state?.firstStartsAt || Date.parse(state.startsAt) === Date.parse(state.firstStartsAt))
    return `meeting-reminder-${offset}`;
  return `meeting-reminder-${offset}-at-${Date.parse(state.startsAt)}`;
}
export const MINUTES_REMINDER_ID = 'minutes-approval';

/** Per circulation, so a draft circulated again with a new deadline reminds again. */
export function minutesCommentsReminderId(circulation: number, offset: string): string {
  return `minutes-comments-${circulation}-${offset}`;
}

export function actionPointReminderId(actionPointId: string, offset: string): string {
  return `action-point-${actionPointId}-${offset}`;
}

/**
 * What a meeting still waits for: a reminder to the members at each of the council's offsets
 * before it, and the minutes deadline a week after it. Ids are stable per offset, so a
 * recomputation after every event keeps the same jobs.
 */
export function meetingDeadlines(state: MeetingState, streamId: string): Deadline[] {
  // A cancelled meeting keeps no reminders, and one whose date is to follow has none yet.
  if (!state.exists || state.cancelled || !state.startsAt) return [];
  const deadlines: Deadline[] = [];
  for (const offset of state.reminderOffsets) {
    const reminderId = meetingReminderId(offset, state);
    if (durationToMs(offset) <= 0 || state.remindersIssued.includes(reminderId)) continue;
    const remindAt = shiftByDuration(state.startsAt, offset, -1).toISOString();
    deadlines.push({
      id: reminderId,
      streamId,
      dueAt: remindAt,
      kind: 'reminder',
      command: command({ deadline: 'meeting', reminderId, dueAt: state.startsAt, remindAt }),
    });
  }
  // The owner of an open action point is reminded before it is due, at the council's offsets.
  for (const point of state.actionPoints) {
    if (point.completed || point.dropped || point.dueAt === undefined) continue;
    for (const offset of state.reminderOffsets) {
      const reminderId = actionPointReminderId(point.actionPointId, offset);
      if (durationToMs(offset) <= 0 || state.remindersIssued.includes(reminderId)) continue;
      const remindAt = shiftByDuration(point.dueAt, offset, -1).toISOString();
      deadlines.push({
        id: reminderId,
        streamId,
        dueAt: remindAt,
        kind: 'reminder',
        command: command({
          deadline: 'action-point',
          reminderId,
          dueAt: point.dueAt,
          remindAt,
          // A named owner from the region is no user here: the handler names the secretaries, who chase it.
          ...(!point.ownerNamed && { recipients: [point.owner] }),
        }),
      });
    }
  }
  // Circulated draft minutes: the members are reminded before the deadline for comments.
  const commentsBy = state.circulations.at(-1)?.commentsBy;
  if (commentsBy !== undefined && !state.minutesApprovedAt) {
    for (const offset of state.reminderOffsets) {
      const reminderId = minutesCommentsReminderId(state.circulations.length, offset);
      if (durationToMs(offset) <= 0 || state.remindersIssued.includes(reminderId)) continue;
      const remindAt = shiftByDuration(commentsBy, offset, -1).toISOString();
      deadlines.push({
        id: reminderId,
        streamId,
        dueAt: remindAt,
        kind: 'reminder',
        command: command({ deadline: 'minutes-comments', reminderId, dueAt: commentsBy, remindAt }),
      });
    }
  }
  if (!state.minutesApprovedAt && !state.remindersIssued.includes(MINUTES_REMINDER_ID)) {
    const dueAt = shiftByDuration(state.startsAt, MINUTES_APPROVAL_DUE_AFTER).toISOString();
    deadlines.push({
      id: MINUTES_REMINDER_ID,
      streamId,
      dueAt,
      // Fires even late: minutes still unapproved after a restart are still worth a reminder.
      kind: 'deadline',
      command: command({
        deadline: 'minutes-approval',
        reminderId: MINUTES_REMINDER_ID,
        dueAt,
        remindAt: dueAt,
      }),
    });
  }
  return deadlines;
}

function command(data: IssueMeetingReminders['data']): Deadline['command'] {
  return { type: 'IssueMeetingReminders', data: { ...data } };
}

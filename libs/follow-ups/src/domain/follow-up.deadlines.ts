import { shiftByDuration } from '@app/kernel';
import type { Deadline } from '@app/scheduling';
import type { IssueFollowUpReminders, RecordFollowUpDeadlinePassed } from './follow-up.commands';
import { openObligations } from './follow-up.obligations';
import { reminderKey, type FollowUpState } from './follow-up.state';

const iso = (at: string | Date) => new Date(at).toISOString();

/**
 * What the scheduler must hold for one follow-up (issue 6, item 2): for each thing still owed
 * (the next status report, each unresolved milestone, the evaluation) a reminder to the
 * responsible secretary at each of the follow-up's offsets before it, and the deadline itself,
 * which records it as overdue when it passes. Ids are stable per obligation and offset, so a
 * recomputation after a plan revision moves a job instead of adding one; a new report makes a
 * new report number and so a new id, and the old job is dropped.
 */
export function followUpDeadlines(state: FollowUpState, streamId: string): Deadline[] {
  // Issue 18.3: a carried follow-up's deadlines are its successor's stream's now.
  if (state.carriedOverTo !== undefined) return [];
  const deadlines: Deadline[] = [];
  for (const owed of openObligations(state)) {
    if (owed.overdueRecorded) continue;
    for (const offset of state.reminderOffsets) {
      const remindAt = iso(shiftByDuration(owed.dueAt, offset, -1));
      if (state.remindersIssued.includes(reminderKey(owed.id, owed.dueAt, remindAt))) continue;
      const data: IssueFollowUpReminders['data'] = { deadlineId: owed.id, dueAt: owed.dueAt, remindAt };
      deadlines.push({
        id: `${owed.id}-reminder-${offset}`,
        streamId,
        dueAt: remindAt,
        kind: 'reminder',
        command: { type: 'IssueFollowUpReminders', data: { ...data } },
      });
    }
    const data: RecordFollowUpDeadlinePassed['data'] = { deadlineId: owed.id, dueAt: owed.dueAt };
    deadlines.push({
      id: owed.id,
      streamId,
      dueAt: iso(owed.dueAt),
      kind: 'deadline',
      command: { type: 'RecordFollowUpDeadlinePassed', data: { ...data } },
    });
  }
  return deadlines;
}

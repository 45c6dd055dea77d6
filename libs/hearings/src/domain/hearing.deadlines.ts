import { shiftByDuration } from '@app/kernel';
import type { Deadline } from '@app/scheduling';
import { pendingDeadline } from './decide-deadlines';
import type { HearingDeadlineKind } from './hearing.events';
import { reminderKey, type HearingState } from './hearing.state';

const PASSED_COMMAND: Record<HearingDeadlineKind, string> = {
  input: 'RecordInputDeadlinePassed',
  approval: 'RecordApprovalDeadlinePassed',
  response: 'RecordHearingLapse',
};

/**
 * What the scheduler should hold for a hearing now (docs/architecture.md: deadlines are data). Ids are the
 * deadline kind and the offset, so an extension keeps the ids and only moves the due times.
 * Reminders already issued are left out; a closed hearing has nothing pending.
 */
export function hearingDeadlines(state: HearingState, streamId: string): Deadline[] {
  // Issue 18.3: a carried hearing's deadlines are its successor's stream's now.
  if (!state.exists || state.carriedOverTo !== undefined) return [];
  const deadlines: Deadline[] = [];
  for (const kind of ['input', 'approval', 'response'] as const) {
    const pending = pendingDeadline(state, kind);
    if (!pending) continue;
    // Issue 18.1: a deadline that had passed when the hearing was entered after the fact is history.
    // Passing it now would lapse a 2022 hearing before its answer is typed in, and count the
    // passing in this year's report.
    if (state.enteredAt !== undefined && Date.parse(pending.dueAt) <= Date.parse(state.enteredAt)) continue;
    const dueAt = new Date(pending.dueAt).toISOString();
    deadlines.push({
      id: kind,
      streamId,
      dueAt,
      kind: 'deadline',
      command: { type: PASSED_COMMAND[kind], data: { dueAt } },
    });
    for (const offset of state.reminderOffsets) {
      const remindAt = shiftByDuration(dueAt, offset, -1).toISOString();
      if (state.remindersIssued.includes(reminderKey(kind, remindAt))) continue;
      const id = `${kind}-remind-${offset}`;
      deadlines.push({
        id,
        streamId,
        dueAt: remindAt,
        kind: 'reminder',
        command: { type: 'IssueHearingReminders', data: { deadlineId: id, deadline: kind, dueAt, remindAt } },
      });
    }
  }
  return deadlines;
}

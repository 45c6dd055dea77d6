import { shiftByDuration } from '@app/kernel';
import type { Deadline } from '@app/scheduling';
import { issuedKey, passedKey, type BudgetCycleState } from './budget-cycle.state';

/**
 * The cycle carries all of the calendar's deadlines (issue 5, deadlines):
 * - before each submission deadline, one reminder per offset to the secretary and the chair,
 *   listing the proposals still in draft (gathered by the handler when the job fires, so one
 *   reminder names them all instead of one per proposal);
 * - the submission deadline itself, which records on the cycle which drafts missed it and then on
 *   each of those proposals;
 * - before each committee meeting, one reminder per offset to the council, listing what is on it.
 * Ids are stable per milestone and offset, so moving a milestone moves its jobs. Ids avoid ':'
 * because BullMQ refuses it in job ids.
 */
export function budgetCycleDeadlines(state: BudgetCycleState, streamId: string): Deadline[] {
  if (!state.exists) return [];
  const deadlines: Deadline[] = [];
  for (const m of state.milestones) {
    const due = m.submissionDeadline;
    if (due !== undefined && !state.passed.includes(passedKey(m.id, due))) {
      const deadline = `submission.${m.id}`;
      for (const offset of state.reminderOffsets) {
        const reminder = `${deadline}.reminder.${offset}`;
        if (state.issued.includes(issuedKey(reminder, due))) continue;
        const remindAt = shiftByDuration(due, offset, -1).toISOString();
        deadlines.push({
          id: reminder,
          streamId,
          dueAt: remindAt,
          kind: 'reminder',
          command: {
            type: 'IssueSubmissionReminders',
            data: { reminder, deadline, milestoneId: m.id, dueAt: due, remindAt },
          },
        });
      }
      deadlines.push({
        id: deadline,
        streamId,
        dueAt: due,
        kind: 'deadline',
        command: {
          type: 'RecordSubmissionDeadlinePassed',
          data: { deadline, milestoneId: m.id, dueAt: due },
        },
      });
    }
    const meeting = `milestone.${m.id}`;
    for (const offset of state.reminderOffsets) {
      const reminder = `${meeting}.reminder.${offset}`;
      if (state.issued.includes(issuedKey(reminder, m.date))) continue;
      const remindAt = shiftByDuration(m.date, offset, -1).toISOString();
      deadlines.push({
        id: reminder,
        streamId,
        dueAt: remindAt,
        kind: 'reminder',
        command: {
          type: 'IssueMilestoneReminders',
          data: { reminder, deadline: meeting, milestoneId: m.id, dueAt: m.date, remindAt },
        },
      });
    }
  }
  return deadlines;
}

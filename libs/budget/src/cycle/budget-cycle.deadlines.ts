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
      deadlines.push(...remindersBefore(state, streamId, 'IssueSubmissionReminders', deadline, m.id, due));
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
    deadlines.push(
      ...remindersBefore(state, streamId, 'IssueMilestoneReminders', `milestone.${m.id}`, m.id, m.date),
    );
  }
  return deadlines;
}

/** One reminder per offset before `dueAt`, leaving out those already issued for that instant. */
function remindersBefore(
  state: BudgetCycleState,
  streamId: string,
  type: 'IssueSubmissionReminders' | 'IssueMilestoneReminders',
  deadline: string,
  milestoneId: string,
  dueAt: string,
): Deadline[] {
  return state.reminderOffsets.flatMap((offset) => {
    const reminder = `${deadline}.reminder.${offset}`;
    if (state.issued.includes(issuedKey(reminder, dueAt))) return [];
    const remindAt = shiftByDuration(dueAt, offset, -1).toISOString();
    return [
      {
        id: reminder,
        streamId,
        dueAt: remindAt,
        kind: 'reminder' as const,
        command: { type, data: { reminder, deadline, milestoneId, dueAt, remindAt } },
      },
    ];
  });
}

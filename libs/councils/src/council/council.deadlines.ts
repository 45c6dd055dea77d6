import { durationToMs, shiftByDuration, startOfLocalDay } from '@app/kernel';
import type { Deadline } from '@app/scheduling';
import type { IssueCouncilReminders } from './council.commands';
import type { CouncilReminderDeadline } from './council.events';
import type { CouncilState } from './council.state';

/**
 * The dates a council keeps (seed 001: constituted for two years, evaluated before the term ends):
 * the end of its term and the day its evaluation is due, each due when that day is over in the
 * council's time zone.
 */
export function termDates(state: CouncilState): { deadline: CouncilReminderDeadline; dueAt: string }[] {
  if (!state.term) return [];
  const endOf = (day: string) => startOfLocalDay(day, state.timeZone, 1).toISOString();
  return [
    { deadline: 'term-end' as const, dueAt: endOf(state.term.endsOn) },
    ...(state.term.evaluationDueBy
      ? [{ deadline: 'evaluation' as const, dueAt: endOf(state.term.evaluationDueBy) }]
      : []),
  ];
}

/**
 * A reminder to the secretariat at each of the council's offsets before each date. The id names
 * the date, so a new term brings new reminders and one already issued is never issued again.
 */
export function councilDeadlines(state: CouncilState, streamId: string): Deadline[] {
  if (!state.exists) return [];
  const deadlines: Deadline[] = [];
  for (const { deadline, dueAt } of termDates(state)) {
    for (const offset of state.reminderOffsets) {
      const reminderId = `${deadline}-${dueAt}-${offset}`;
      if (durationToMs(offset) <= 0 || state.remindersIssued.includes(reminderId)) continue;
      const remindAt = shiftByDuration(dueAt, offset, -1).toISOString();
      const data: IssueCouncilReminders['data'] = { deadline, reminderId, dueAt, remindAt };
      deadlines.push({
        id: reminderId,
        streamId,
        dueAt: remindAt,
        kind: 'reminder',
        command: { type: 'IssueCouncilReminders', data: { ...data } },
      });
    }
  }
  return deadlines;
}

import type { AggregateDescriptor, Command, DomainEvent } from '@app/kernel';
import type { StoredEvent } from '@app/event-store';
import type { Deadline } from '../deadline';
import { deadlineJobId } from '../deadline-job';

/**
 * Marks the reminders whose time has passed although the stream already implied them at that
 * time (`Deadline.missed`): they were due while nobody issued them (Redis restarted empty, no
 * worker ran), so they go out now, marked late. A reminder whose time had passed before the
 * stream implied it (a case opened two days before its deadline, with a reminder a week before)
 * was never due and stays skipped.
 *
 * "Implied then" is decided by folding the stream up to the reminder's time and asking the same
 * deadline rules, so it holds for every aggregate without each one keeping history for it.
 */
export function markMissedReminders<E extends DomainEvent, S>(
  source: Pick<AggregateDescriptor<Command, E, S>, 'decider' | 'deadlines'>,
  streamId: string,
  events: readonly (StoredEvent & E)[],
  deadlines: Deadline[],
  now: number,
): Deadline[] {
  const past = deadlines
    .filter((d) => d.kind === 'reminder' && Date.parse(d.dueAt) <= now)
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  if (past.length === 0) return deadlines;

  const missed = new Set<string>();
  const { decider, deadlines: rules } = source;
  let state = decider.initialState;
  let next = 0;
  for (const reminder of past) {
    const due = Date.parse(reminder.dueAt);
    while (next < events.length && Date.parse(events[next].recordedAt) <= due) {
      state = decider.evolve(state, events[next]);
      next++;
    }
    if (next === 0) continue;
    const jobId = deadlineJobId(streamId, reminder);
    const then = rules?.pending(state, streamId) ?? [];
    if (then.some((d) => d.kind === 'reminder' && deadlineJobId(streamId, d) === jobId)) missed.add(jobId);
  }
  return deadlines.map((d) =>
    missed.has(deadlineJobId(streamId, d)) && d.kind === 'reminder' ? { ...d, missed: true } : d,
  );
}

import type { Deadline } from './deadline';

/** What a delayed job carries: enough for the worker to dispatch without reading the event store. */
export interface DeadlineJobData {
  streamId: string;
  deadline: Deadline;
}

/** What the dispatcher receives when a job fires. */
export interface FiredDeadline {
  streamId: string;
  deadline: Deadline;
  /** ISO 8601, from the worker's clock: the decider may compare it with `deadline.dueAt`. */
  firedAt: string;
}

export type DeadlineDispatch = (fired: FiredDeadline) => Promise<void>;

export const DEFAULT_DEADLINE_QUEUE = 'deadlines';
export const DEFAULT_DEADLINE_PREFIX = 'council';

/**
 * BullMQ refuses custom ids with ':' (it splits keys on it) and ids that parse as integers.
 * encodeURIComponent escapes ':' and '|', so '|' is a safe separator and the mapping is
 * injective; the 'dl|' head keeps the id from ever being an integer.
 *
 * The due time is part of the id on purpose: moving a deadline makes a new job, so a completed
 * job that BullMQ still retains under the old id can never block the moved one, while a
 * reconcile that re-adds the very occurrence that already fired is deduplicated by the retained
 * completed job.
 */
export function deadlineJobId(streamId: string, deadline: Pick<Deadline, 'id' | 'dueAt'>): string {
  const due = Date.parse(deadline.dueAt);
  if (Number.isNaN(due)) throw new Error(`deadline ${deadline.id} of ${streamId}: dueAt is not a time`);
  return `dl|${encodeURIComponent(streamId)}|${encodeURIComponent(deadline.id)}|${due}`;
}

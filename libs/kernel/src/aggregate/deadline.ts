/**
 * Deadlines are data derived from an aggregate's state (docs/architecture.md): a pure function per
 * aggregate returns what is pending now, and the scheduler makes BullMQ match that set.
 */
export interface ScheduledCommand {
  /** A command type the worker knows how to dispatch (e.g. `IssueHearingReminders`). */
  type: string;
  data: Record<string, unknown>;
}

export interface Deadline {
  /**
   * Stable across recomputations: the same deadline (or reminder) always gets the same id, so a
   * recomputation moves or keeps a job instead of adding a second one. Unique within its stream.
   */
  id: string;
  streamId: string;
  /** ISO 8601. */
  dueAt: string;
  /**
   * `reminder`: skipped if its time has already passed when it is scheduled, unless `missed`
   * (nobody wants a reminder for a moment that was gone before the case even implied it).
   * `deadline`: fires even when late, so a passed deadline is still recorded.
   */
  kind: 'deadline' | 'reminder';
  command: ScheduledCommand;
  /**
   * Set by the deadline follower on a reminder whose time has passed although the stream already
   * implied it at that time: its job was lost (Redis restarted empty, no worker ran) and it was
   * never issued. The scheduler then adds it to run now, and its command carries `late: true`,
   * which the decider records; whether it still applies is the decider's call as always.
   */
  missed?: boolean;
}

/**
 * Deadlines are data derived from an aggregate's state (DESIGN.md): a pure function per
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
   * `reminder`: skipped if its time has already passed when it is scheduled (nobody wants a
   * reminder for a moment gone by). `deadline`: fires even when late, so a passed deadline is
   * still recorded.
   */
  kind: 'deadline' | 'reminder';
  command: ScheduledCommand;
}

import { Logger } from '@nestjs/common';
import { scheduledCommand, SYSTEM_ACTOR, type AnyAggregateDescriptor, type Clock } from '@app/kernel';
import {
  AggregateCommand,
  aggregateStream,
  categoryOf,
  type CommandExecutor,
  type EventStore,
  type StoredEvent,
  type Subscription,
} from '@app/event-store';
import type { Deadline } from '../deadline';
import type { FiredDeadline } from '../deadline-job';
import type { DeadlineScheduler, ReconcileResult, StreamDeadlines } from '../deadline-scheduler';
import { markMissedReminders } from './missed-reminders';

const SCAN_BATCH = 2000;
const RESTART_DELAY_MS = 1000;
/** Streams whose last reconciled deadlines are remembered; past it the memory starts again. */
const REMEMBERED_STREAMS = 50_000;
/**
 * How long what Redis was told is trusted. A reconcile is also what gives a job that used up its
 * tries another round (DeadlineScheduler.retryFailed): remembered for ever, a failed reminder
 * would wait for its stream's deadlines to change or for a restart. Trusted for a minute, the
 * stream's next event after that retries it, and a burst of events still costs Redis one call.
 */
const TOLD_FOR_MS = 60_000;

/**
 * Keeps BullMQ equal to the deadlines the event store implies (docs/architecture.md, Deadlines):
 * on start it reconciles every stream of a kind that has deadlines, then follows the global log
 * and recomputes a stream's deadlines after each of its events. Nothing is checkpointed: the
 * start-up reconcile covers everything before the point it follows from, so a flushed Redis or a
 * crashed follower loses nothing.
 *
 * Most events change no deadline (an input revised, an approval given), so Redis is told only
 * when a stream's deadlines differ from those this process last reconciled it to (issue 14). Jobs
 * Redis loses meanwhile are the DeadlineWatch's to find: its audit rebuilds everything through
 * `reconcileAll`, which forgets what was remembered; a job that failed for good is retried at the
 * stream's first event once the memory is a minute old (TOLD_FOR_MS).
 */
export class DeadlineFollower {
  private readonly logger = new Logger(DeadlineFollower.name);
  private readonly sources = new Map<string, AnyAggregateDescriptor>();
  private subscription?: Subscription;
  private stopped = false;
  private restartTimer?: NodeJS.Timeout;
  /** Per stream, the deadlines (as JSON) Redis was last told by this process, and when. */
  private readonly told = new Map<string, { said: string; at: number }>();

  constructor(
    private readonly store: EventStore,
    private readonly scheduler: DeadlineScheduler,
    private readonly clock: Clock,
    /** Every aggregate kind; those whose state implies no deadlines are left out. */
    aggregates: readonly AnyAggregateDescriptor[],
    /** The write path's kept state per stream; without it every stream is folded in full. */
    private readonly states?: Pick<CommandExecutor, 'stateOf'>,
  ) {
    for (const aggregate of aggregates)
      if (aggregate.deadlines !== undefined) this.sources.set(aggregate.category, aggregate);
  }

  async start(): Promise<void> {
    this.stopped = false;
    const { position } = await this.reconcileAll();
    this.follow(position);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.restartTimer);
    await this.subscription?.stop();
    this.subscription = undefined;
  }

  /** Every stream with deadlines, from the log; also `npm run cli -- deadlines reconcile`. */
  async reconcileAll(): Promise<ReconcileResult & { position: number; streams: number }> {
    this.told.clear();
    // Taken before the scan, so streams another process schedules meanwhile are not emptied.
    const listedAt = await this.scheduler.serverTime();
    const streamIds = new Set<string>();
    let position = -1;
    for (;;) {
      const batch = await this.store.readAll({ after: position, maxCount: SCAN_BATCH });
      for (const event of batch)
        if (this.sources.has(categoryOf(event.streamId))) streamIds.add(event.streamId);
      if (batch.length === 0) break;
      position = batch[batch.length - 1].position;
    }
    const desired = async function* (this: DeadlineFollower): AsyncGenerator<StreamDeadlines> {
      for (const streamId of streamIds) yield { streamId, ...(await this.deadlinesOf(streamId)) };
    }.call(this);
    const result = await this.scheduler.reconcileAll(desired, { listedAt });
    this.logger.log(`reconciled deadlines of ${streamIds.size} streams: ${JSON.stringify(result)}`);
    return { ...result, position, streams: streamIds.size };
  }

  async reconcileStream(streamId: string): Promise<ReconcileResult> {
    const { deadlines, version } = await this.deadlinesOf(streamId);
    // The stream revision lets the scheduler ignore a slower process holding an older state.
    return this.scheduler.reconcile(streamId, deadlines, { version });
  }

  /**
   * After events of the stream up to `revision`: tells Redis only when the deadlines differ from
   * what it was last told here. Remembered only once Redis answered, so a failed call is repeated.
   */
  private async followStream(streamId: string, revision: number): Promise<void> {
    const { deadlines, version } = await this.deadlinesOf(streamId, revision);
    const said = JSON.stringify(deadlines);
    const last = this.told.get(streamId);
    if (last?.said === said && Date.now() - last.at < TOLD_FOR_MS) return;
    await this.scheduler.reconcile(streamId, deadlines, { version });
    if (this.told.size >= REMEMBERED_STREAMS) this.told.clear();
    this.told.set(streamId, { said, at: Date.now() });
  }

  /** Turns a fired job into its aggregate's bus message, sent as the system. */
  async messageFor(fired: FiredDeadline): Promise<AggregateCommand> {
    const source = this.sourceOf(fired.streamId);
    const [first] = await this.store.readStream(fired.streamId, { maxCount: 1 });
    const councilId = first?.metadata.councilId;
    const jobRef = `deadline:${fired.streamId}:${fired.deadline.id}:${fired.deadline.dueAt}`;
    const command = scheduledCommand(source, {
      type: fired.deadline.command.type,
      // A missed reminder goes out late, and says so in what the decider records.
      data: fired.deadline.missed
        ? { ...fired.deadline.command.data, late: true }
        : fired.deadline.command.data,
      metadata: {
        actor: SYSTEM_ACTOR,
        ...(typeof councilId === 'string' && { councilId }),
        now: this.clock.now().toISOString(),
        correlationId: jobRef,
        causationId: jobRef,
      },
    });
    return new AggregateCommand(source, fired.streamId, command);
  }

  private async deadlinesOf(
    streamId: string,
    seenRevision?: number,
  ): Promise<{ deadlines: Deadline[]; version: number }> {
    const source = this.sourceOf(streamId);
    const rules = source.deadlines!;
    const now = this.clock.now().getTime();
    if (this.states) {
      // The state the last command left (caught up with the store) says what is pending; only a
      // reminder already due needs the history, to tell a missed one from one never due.
      const { state, revision } = await this.states.stateOf(source.decider, streamId, seenRevision);
      const pending = rules.pending(state, streamId);
      if (!pending.some((d) => d.kind === 'reminder' && Date.parse(d.dueAt) <= now))
        return { deadlines: pending, version: revision };
    }
    const { events, state, revision } = aggregateStream(
      source,
      streamId,
      await this.store.readStream(streamId),
    );
    const deadlines = markMissedReminders(source, streamId, events, rules.pending(state, streamId), now);
    return { deadlines, version: revision };
  }

  private sourceOf(streamId: string): AnyAggregateDescriptor {
    const source = this.sources.get(categoryOf(streamId));
    if (!source) throw new Error(`no deadline source for ${streamId}`);
    return source;
  }

  private follow(after: number): void {
    let handled = after;
    this.subscription = this.store.subscribe({
      after,
      handle: async (events: StoredEvent[]) => {
        // Each stream once per batch, at the last revision the batch holds of it.
        const streams = new Map<string, number>();
        for (const e of events)
          if (this.sources.has(categoryOf(e.streamId))) streams.set(e.streamId, e.revision);
        for (const [streamId, revision] of streams) await this.followStream(streamId, revision);
        handled = events[events.length - 1].position;
      },
      onError: (error) => {
        // Redis or the store went away: try again from the last batch done; reconciling a
        // stream twice is harmless.
        this.logger.warn(`deadline follower stopped: ${String(error)}; restarting from ${handled}`);
        this.subscription = undefined;
        if (!this.stopped) this.restartTimer = setTimeout(() => this.follow(handled), RESTART_DELAY_MS);
      },
    });
  }
}

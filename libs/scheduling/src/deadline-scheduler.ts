import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { SystemClock, type Clock } from '@app/kernel';
import type { Deadline } from './deadline';
import { DeadlineIndex } from './deadline-index';
import {
  DEFAULT_DEADLINE_PREFIX,
  DEFAULT_DEADLINE_QUEUE,
  deadlineJobId,
  type DeadlineJobData,
} from './deadline-job';

export interface DeadlineSchedulerOptions {
  /** A plain (non-blocking) connection; the scheduler never closes it. */
  connection: Redis;
  prefix?: string;
  queueName?: string;
  clock?: Clock;
  /** Tries per job before it lands in the failed set. */
  attempts?: number;
  /** First retry delay; doubles per retry. */
  backoffMs?: number;
  /** How long a fired job is kept, and thereby deduplicates a reconcile that re-adds it. */
  keepCompletedSeconds?: number;
  /** Streams reconciled at once by `reconcileAll`. */
  parallelStreams?: number;
}

export interface ReconcileResult {
  /** Jobs new to the index (so most likely new in BullMQ). */
  added: number;
  /** Jobs no longer wanted and removed (a move counts as one added and one removed). */
  removed: number;
  /** Reminders whose time had passed when scheduled. */
  skipped: number;
  /** Stale jobs that were running and so left alone; a later reconcile removes them. */
  busy: number;
  /** Wanted jobs found failed for good (every try used) and sent round again. */
  retried: number;
}

export interface StreamDeadlines {
  streamId: string;
  deadlines: readonly Deadline[];
}

const EMPTY: ReconcileResult = { added: 0, removed: 0, skipped: 0, busy: 0, retried: 0 };
const ADD_CHUNK = 1000;

function sum(a: ReconcileResult, b: ReconcileResult): ReconcileResult {
  return {
    added: a.added + b.added,
    removed: a.removed + b.removed,
    skipped: a.skipped + b.skipped,
    busy: a.busy + b.busy,
    retried: a.retried + b.retried,
  };
}

/**
 * Makes BullMQ's delayed jobs for a stream equal the deadlines its state says are pending. Redis
 * is only a cache of the event store here: any job can be lost and rebuilt, and any job can fire
 * twice, because the decider decides whether the command still applies.
 *
 * Two schedulers working on the same desired set never double a job: ids are deterministic and
 * BullMQ ignores an add whose id exists. Two schedulers working on different desired sets for
 * the same stream at the same moment (stale reads) can leave an extra job until the next
 * reconcile; that job only sends a command the decider then refuses or ignores.
 */
export class DeadlineScheduler {
  readonly queue: Queue<DeadlineJobData>;
  readonly prefix: string;
  readonly queueName: string;
  private readonly index: DeadlineIndex;
  private readonly redis: Redis;
  private readonly clock: Clock;
  private readonly jobOptions: JobsOptions;
  private readonly parallelStreams: number;

  constructor(options: DeadlineSchedulerOptions) {
    this.prefix = options.prefix ?? DEFAULT_DEADLINE_PREFIX;
    this.queueName = options.queueName ?? DEFAULT_DEADLINE_QUEUE;
    this.clock = options.clock ?? new SystemClock();
    this.parallelStreams = options.parallelStreams ?? 16;
    this.queue = new Queue<DeadlineJobData>(this.queueName, {
      connection: options.connection,
      prefix: this.prefix,
    });
    this.redis = options.connection;
    this.index = new DeadlineIndex(options.connection, this.prefix, this.queueName);
    this.jobOptions = {
      attempts: options.attempts ?? 5,
      backoff: { type: 'exponential', delay: options.backoffMs ?? 5_000 },
      removeOnComplete: { age: options.keepCompletedSeconds ?? 7 * 24 * 3600 },
      // Kept for a month so an operator can see why; its id would block a re-add, so a reconcile
      // that still wants it retries it instead (see `retryFailed`).
      removeOnFail: { age: 30 * 24 * 3600 },
    };
  }

  /** `deadlines` is the full desired set for the stream: anything else scheduled for it goes. */
  async reconcile(streamId: string, deadlines: readonly Deadline[]): Promise<ReconcileResult> {
    const now = this.clock.now().getTime();
    const existing = new Set(await this.index.jobIds(streamId));
    const wanted = new Set<string>();
    const toAdd: Array<{ jobId: string; deadline: Deadline; delay: number }> = [];
    let skipped = 0;

    for (const deadline of deadlines) {
      if (deadline.streamId !== streamId) {
        throw new Error(`deadline ${deadline.id} belongs to ${deadline.streamId}, not ${streamId}`);
      }
      const jobId = deadlineJobId(streamId, deadline);
      const delay = Date.parse(deadline.dueAt) - now;
      wanted.add(jobId);
      if (delay <= 0 && deadline.kind === 'reminder') {
        // Not added, but kept if already there: it may be due this very moment and not yet
        // picked up, and removing it would lose a reminder that was on time.
        if (!existing.has(jobId)) skipped++;
        continue;
      }
      toAdd.push({ jobId, deadline, delay: Math.max(0, delay) });
    }

    const newIds = toAdd.filter((job) => !existing.has(job.jobId)).map((job) => job.jobId);
    await this.index.add(
      streamId,
      toAdd.map((job) => job.jobId),
    );
    for (let i = 0; i < toAdd.length; i += ADD_CHUNK) {
      await this.queue.addBulk(
        toAdd.slice(i, i + ADD_CHUNK).map(({ jobId, deadline, delay }) => ({
          name: deadline.command.type,
          data: { streamId, deadline },
          opts: { ...this.jobOptions, jobId, delay },
        })),
      );
    }

    const retried = await this.retryFailed(toAdd.map((job) => job.jobId));

    const stale = [...existing].filter((jobId) => !wanted.has(jobId));
    const gone: string[] = [];
    let busy = 0;
    for (const jobId of stale) {
      // 0 means the job is active right now: let it finish (the decider judges it) and retry
      // the removal next time, so its id stays in the index.
      if ((await this.queue.remove(jobId)) === 0) busy++;
      else gone.push(jobId);
    }
    await this.index.forget(streamId, gone);
    if (wanted.size === 0 || gone.length > 0) await this.index.dropIfEmpty(streamId);

    return { added: newIds.length, removed: gone.length, skipped, busy, retried };
  }

  /**
   * The event store still says these deadlines are pending, so a job that used up its tries
   * (say the command bus was down) gets another round instead of silently blocking its id. A
   * reconcile runs at start and after the stream's own events, so a broken handler is retried
   * that often, not in a loop. ZSCORE in a pipeline rather than ZMSCORE: Redis 6.0 lacks it.
   */
  private async retryFailed(jobIds: string[]): Promise<number> {
    if (jobIds.length === 0) return 0;
    const pipeline = this.redis.pipeline();
    for (const jobId of jobIds) pipeline.zscore(this.queue.keys.failed, jobId);
    const scores = (await pipeline.exec()) ?? [];
    let retried = 0;
    for (const [i, [error, score]] of scores.entries()) {
      if (error || score === null) continue;
      const job = await this.queue.getJob(jobIds[i]);
      // Another scheduler may have retried it a moment ago; that is the same outcome.
      await job?.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true }).then(
        () => retried++,
        () => undefined,
      );
    }
    return retried;
  }

  /**
   * Reconciles every listed stream, then empties the streams the index knows but the list does
   * not (they have no pending deadline any more, or were deleted).
   */
  async reconcileAll(
    streams: AsyncIterable<StreamDeadlines> | Iterable<StreamDeadlines>,
  ): Promise<ReconcileResult> {
    const seen = new Set<string>();
    let total = EMPTY;
    const running = new Set<Promise<void>>();
    let failure: unknown;

    const launch = (streamId: string, deadlines: readonly Deadline[]) => {
      const task = this.reconcile(streamId, deadlines).then(
        (result) => {
          total = sum(total, result);
        },
        (error: unknown) => {
          failure ??= error;
        },
      );
      const tracked = task.finally(() => running.delete(tracked));
      running.add(tracked);
    };

    for await (const { streamId, deadlines } of streams) {
      if (failure) break;
      seen.add(streamId);
      launch(streamId, deadlines);
      if (running.size >= this.parallelStreams) await Promise.race(running);
    }
    await Promise.all(running);
    if (failure) throw failure;

    for (const streamId of await this.index.streamIds()) {
      if (!seen.has(streamId)) launch(streamId, []);
      if (running.size >= this.parallelStreams) await Promise.race(running);
    }
    await Promise.all(running);
    if (failure) throw failure;
    return total;
  }

  /** Closes the queue; the connection belongs to whoever passed it in. */
  async close(): Promise<void> {
    await this.queue.close();
  }
}

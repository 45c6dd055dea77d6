import { Logger } from '@nestjs/common';
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { SystemClock, type Clock } from '@app/kernel';
import type { Deadline } from './deadline';
import { DeadlineIndex } from './deadline-index';
import { StreamLock } from './stream-lock';
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
  /** Jobs BullMQ did not have and now has. */
  added: number;
  /** Jobs no longer wanted and removed (a move counts as one added and one removed). */
  removed: number;
  /** Reminders whose time had passed when scheduled, and that nobody missed (see `Deadline.missed`). */
  skipped: number;
  /** Missed reminders added to run now, marked late. */
  late: number;
  /** Stale jobs that were running and so left alone; a later reconcile removes them. */
  busy: number;
  /** Wanted jobs found failed for good (every try used) and sent round again. */
  retried: number;
  /** Streams whose given version was older than one already applied, so left as they were. */
  outdated: number;
}

export interface ReconcileOptions {
  /**
   * The stream revision the desired set was computed from. When given, a reconcile from an
   * older revision than one already applied changes nothing, so a slow scheduler holding a
   * stale read cannot move a reminder back.
   */
  version?: number;
  /**
   * Leave the stream as it is if it was reconciled at or after this moment (microseconds of
   * Redis time, `serverTime()`): that reconcile saw a newer state than the caller.
   */
  unlessReconciledSince?: number;
}

export interface ReconcileAllOptions {
  /**
   * When the caller began listing the streams (`serverTime()` before reading the event store).
   * An indexed stream missing from the list is emptied only if nobody reconciled it since: a
   * stream opened after the listing, and scheduled by another process, keeps its jobs.
   * Defaults to the moment reconcileAll is called.
   */
  listedAt?: number;
}

export interface DeadlineAudit {
  /** Whether a full reconcile has run since Redis last lost its keys. */
  rebuilt: boolean;
  /** Jobs the index says were scheduled. */
  indexedJobs: number;
  /** Of those, jobs BullMQ no longer has (removed or lost behind the scheduler's back). */
  missingJobs: number;
}

export interface StreamDeadlines {
  streamId: string;
  deadlines: readonly Deadline[];
  version?: number;
}

const EMPTY: ReconcileResult = {
  added: 0,
  removed: 0,
  skipped: 0,
  late: 0,
  busy: 0,
  retried: 0,
  outdated: 0,
};
const ADD_CHUNK = 1000;

function sum(a: ReconcileResult, b: ReconcileResult): ReconcileResult {
  return {
    added: a.added + b.added,
    removed: a.removed + b.removed,
    skipped: a.skipped + b.skipped,
    late: a.late + b.late,
    busy: a.busy + b.busy,
    retried: a.retried + b.retried,
    outdated: a.outdated + b.outdated,
  };
}

/**
 * Makes BullMQ's delayed jobs for a stream equal the deadlines its state says are pending. Redis
 * is only a cache of the event store here: any job can be lost and rebuilt, and any job can fire
 * twice, because the decider decides whether the command still applies.
 *
 * Schedulers never double a job: ids are deterministic, BullMQ ignores an add whose id exists,
 * and the reconciles of one stream take turns (StreamLock), so two views of a stream (one read
 * just before a deadline moved, one just after) cannot leave both the old and the moved job.
 * Given stream versions, the older view also cannot undo the newer one.
 */
export class DeadlineScheduler {
  readonly queue: Queue<DeadlineJobData>;
  readonly prefix: string;
  readonly queueName: string;
  private readonly index: DeadlineIndex;
  private readonly redis: Redis;
  private readonly lock: StreamLock;
  private readonly clock: Clock;
  private readonly jobOptions: JobsOptions;
  private readonly parallelStreams: number;
  private readonly logger = new Logger(DeadlineScheduler.name);

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
    this.lock = new StreamLock(options.connection, `${this.prefix}:${this.queueName}`);
    this.jobOptions = {
      attempts: options.attempts ?? 5,
      backoff: { type: 'exponential', delay: options.backoffMs ?? 5_000 },
      removeOnComplete: { age: options.keepCompletedSeconds ?? 7 * 24 * 3600 },
      // Kept for a month so an operator can see why; its id would block a re-add, so a reconcile
      // that still wants it retries it instead (see `retryFailed`).
      removeOnFail: { age: 30 * 24 * 3600 },
    };
  }

  /**
   * `deadlines` is the full desired set for the stream: anything else scheduled for it goes.
   * Reconciles of one stream run one at a time, whichever scheduler or process calls them.
   */
  async reconcile(
    streamId: string,
    deadlines: readonly Deadline[],
    options: ReconcileOptions = {},
  ): Promise<ReconcileResult> {
    for (const deadline of deadlines) {
      if (deadline.streamId !== streamId) {
        throw new Error(`deadline ${deadline.id} belongs to ${deadline.streamId}, not ${streamId}`);
      }
    }
    const held = await this.lock.acquire(streamId);
    let done = false;
    try {
      const olderVersion =
        options.version !== undefined &&
        held.appliedVersion !== undefined &&
        options.version < held.appliedVersion;
      const seenSince =
        options.unlessReconciledSince !== undefined &&
        held.reconciledAt !== undefined &&
        held.reconciledAt >= options.unlessReconciledSince;
      if (olderVersion || seenSince) return { ...EMPTY, outdated: 1 };
      const result = await this.apply(streamId, deadlines);
      done = true;
      return result;
    } finally {
      await held.release(done, options.version);
    }
  }

  /** Redis's clock in microseconds: the time base of `listedAt` and `unlessReconciledSince`. */
  serverTime(): Promise<number> {
    return this.lock.serverTime();
  }

  /**
   * Two due times under one id would become two jobs. That is a bug in the deadline rules (a
   * reminder offset listed twice, say), but refusing would leave the whole stream unscheduled
   * and stall whoever follows the log, so the first wins and the rest are reported.
   */
  private uniqueById(streamId: string, deadlines: readonly Deadline[]): Deadline[] {
    const byId = new Map<string, Deadline>();
    for (const deadline of deadlines) {
      if (!byId.has(deadline.id)) byId.set(deadline.id, deadline);
      else this.logger.warn(`deadline ${deadline.id} of ${streamId} is listed twice; the first one is kept`);
    }
    return [...byId.values()];
  }

  private async apply(streamId: string, all: readonly Deadline[]): Promise<ReconcileResult> {
    const deadlines = this.uniqueById(streamId, all);
    const now = this.clock.now().getTime();
    const existing = new Set(await this.index.jobIds(streamId));
    const wanted = new Set<string>();
    const toAdd: Array<{ jobId: string; deadline: Deadline; delay: number }> = [];
    let skipped = 0;

    for (const deadline of deadlines) {
      const jobId = deadlineJobId(streamId, deadline);
      const delay = Date.parse(deadline.dueAt) - now;
      wanted.add(jobId);
      if (delay <= 0 && deadline.kind === 'reminder' && !deadline.missed) {
        // Not added, but kept if already there: it may be due this very moment and not yet
        // picked up, and removing it would lose a reminder that was on time.
        if (!existing.has(jobId)) skipped++;
        continue;
      }
      toAdd.push({ jobId, deadline, delay: Math.max(0, delay) });
    }

    await this.index.add(
      streamId,
      toAdd.map((job) => job.jobId),
    );
    // Asking first is cheaper than re-adding: an add ships the whole job to a script, and an
    // unchanged reconcile (every start) would re-send every job just to have it ignored.
    const { missing, failed } = await this.survey(toAdd.map((job) => job.jobId));
    const adds = toAdd.filter((job) => missing.has(job.jobId));
    for (let i = 0; i < adds.length; i += ADD_CHUNK) {
      await this.queue.addBulk(
        adds.slice(i, i + ADD_CHUNK).map(({ jobId, deadline, delay }) => ({
          name: deadline.command.type,
          data: { streamId, deadline },
          opts: { ...this.jobOptions, jobId, delay },
        })),
      );
    }

    const retried = await this.retryFailed(failed);

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

    const late = adds.filter(({ deadline, delay }) => deadline.missed && delay === 0).length;
    return { added: adds.length, removed: gone.length, skipped, late, busy, retried, outdated: 0 };
  }

  /**
   * Which wanted jobs BullMQ lacks, and which it holds as failed for good, in one round trip.
   * Safe to act on afterwards: the stream's lock keeps other schedulers out meanwhile.
   */
  private async survey(jobIds: string[]): Promise<{ missing: Set<string>; failed: string[] }> {
    const missing = new Set<string>();
    const failed: string[] = [];
    if (jobIds.length === 0) return { missing, failed };
    const pipeline = this.redis.pipeline();
    for (const jobId of jobIds) {
      pipeline.exists(this.queue.toKey(jobId));
      // ZSCORE rather than one ZMSCORE: Redis 6.0, still common in distributions, lacks it.
      pipeline.zscore(this.queue.keys.failed, jobId);
    }
    const replies = (await pipeline.exec()) ?? [];
    jobIds.forEach((jobId, i) => {
      const [existsError, exists] = replies[2 * i];
      const [scoreError, score] = replies[2 * i + 1];
      if (existsError || scoreError) throw existsError ?? scoreError;
      if (exists === 0) missing.add(jobId);
      else if (score !== null) failed.push(jobId);
    });
    return { missing, failed };
  }

  /**
   * The event store still says these deadlines are pending, so a job that used up its tries
   * (say the command bus was down) gets another round instead of silently blocking its id. A
   * reconcile runs at start, at the deadline watch's audits, and after the stream's own events
   * (at most once a minute while its deadlines stay the same: DeadlineFollower's TOLD_FOR_MS), so
   * a broken handler is retried that often, not in a loop.
   */
  private async retryFailed(jobIds: string[]): Promise<number> {
    let retried = 0;
    for (const jobId of jobIds) {
      const job = await this.queue.getJob(jobId);
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
    options: ReconcileAllOptions = {},
  ): Promise<ReconcileResult> {
    const listedAt = options.listedAt ?? (await this.serverTime());
    const seen = new Set<string>();
    let total = EMPTY;
    const running = new Set<Promise<void>>();
    const failures: Array<{ streamId: string; error: unknown }> = [];

    // One stream that fails (a bug in its rules, a job that cannot be removed) must not keep
    // every other stream unscheduled: carry on, and report them all at the end.
    const launch = (streamId: string, deadlines: readonly Deadline[], options: ReconcileOptions) => {
      const task = this.reconcile(streamId, deadlines, options).then(
        (result) => {
          total = sum(total, result);
        },
        (error: unknown) => {
          failures.push({ streamId, error });
        },
      );
      const tracked = task.finally(() => running.delete(tracked));
      running.add(tracked);
    };

    // If the listing itself fails, this throws before the clean-up below, which would otherwise
    // empty every stream not listed yet.
    for await (const { streamId, deadlines, version } of streams) {
      seen.add(streamId);
      launch(streamId, deadlines, { version });
      if (running.size >= this.parallelStreams) await Promise.race(running);
    }
    await Promise.all(running);

    for (const streamId of await this.index.streamIds()) {
      if (!seen.has(streamId)) launch(streamId, [], { unlessReconciledSince: listedAt });
      if (running.size >= this.parallelStreams) await Promise.race(running);
    }
    await Promise.all(running);
    if (failures.length === 0) await this.index.markComplete(listedAt);
    if (failures.length > 0) {
      const first = failures[0];
      throw new AggregateError(
        failures.map((f) => f.error),
        `deadlines of ${failures.length} stream(s) not reconciled, first ${first.streamId}: ${String(first.error)}`,
      );
    }
    return total;
  }

  /**
   * Whether Redis still holds what the scheduler put there: the mark of the last full reconcile
   * (gone when Redis lost its keys) and, for every job the index says was scheduled, whether
   * BullMQ still has it. Reads only; a few pipelined round trips for thousands of jobs.
   */
  async audit(): Promise<DeadlineAudit> {
    const complete = await this.index.completedAt();
    const jobIds = await this.index.allJobIds();
    let missingJobs = 0;
    for (let i = 0; i < jobIds.length; i += ADD_CHUNK) {
      const pipeline = this.redis.pipeline();
      for (const jobId of jobIds.slice(i, i + ADD_CHUNK)) pipeline.exists(this.queue.toKey(jobId));
      for (const [error, exists] of (await pipeline.exec()) ?? []) {
        if (error) throw error;
        if (exists === 0) missingJobs++;
      }
    }
    return { rebuilt: complete !== undefined, indexedJobs: jobIds.length, missingJobs };
  }

  /** Closes the queue; the connection belongs to whoever passed it in. */
  async close(): Promise<void> {
    await this.queue.close();
  }
}

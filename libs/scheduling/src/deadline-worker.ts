import { Logger } from '@nestjs/common';
import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { finishesWithin } from './bounded';
import { SystemClock, type Clock } from '@app/kernel';
import {
  DEFAULT_DEADLINE_PREFIX,
  DEFAULT_DEADLINE_QUEUE,
  type DeadlineDispatch,
  type DeadlineJobData,
} from './deadline-job';

export interface DeadlineWorkerOptions {
  /** Must have `maxRetriesPerRequest: null` (createRedisConnection(url, 'worker')); never closed here. */
  connection: Redis;
  dispatch: DeadlineDispatch;
  prefix?: string;
  queueName?: string;
  concurrency?: number;
  clock?: Clock;
  /**
   * BullMQ's job lock, and how often a worker looks for jobs whose lock ran out (a worker that
   * died mid-job): such a job runs again after about lockDuration + 2 stalledInterval. BullMQ's
   * defaults are 30 s each.
   */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  /** How long `close` waits for running jobs and BullMQ's own close. Default 5 s. */
  closeTimeoutMs?: number;
}

/**
 * Fires deadline jobs into the dispatcher. It records nothing itself: the command it sends goes
 * through a decider, which decides whether the deadline still applies, so a job that runs twice
 * or late does no harm. A dispatch that throws is retried with the backoff the job was added
 * with (DeadlineScheduler: 5 attempts, exponential).
 */
export class DeadlineWorker {
  private readonly logger = new Logger(DeadlineWorker.name);
  private worker?: Worker<DeadlineJobData>;

  constructor(private readonly options: DeadlineWorkerOptions) {}

  get running(): boolean {
    return this.worker?.isRunning() ?? false;
  }

  /** Resolves once the worker is connected and taking jobs. */
  async start(): Promise<void> {
    if (this.worker) return;
    const clock = this.options.clock ?? new SystemClock();
    const worker = new Worker<DeadlineJobData>(
      this.options.queueName ?? DEFAULT_DEADLINE_QUEUE,
      (job: Job<DeadlineJobData>) =>
        this.options.dispatch({
          streamId: job.data.streamId,
          deadline: job.data.deadline,
          firedAt: clock.now().toISOString(),
        }),
      {
        connection: this.options.connection,
        prefix: this.options.prefix ?? DEFAULT_DEADLINE_PREFIX,
        concurrency: this.options.concurrency ?? 4,
        autorun: false,
        ...(this.options.lockDurationMs !== undefined && { lockDuration: this.options.lockDurationMs }),
        ...(this.options.stalledIntervalMs !== undefined && {
          stalledInterval: this.options.stalledIntervalMs,
        }),
      },
    );
    worker.on('failed', (job, error) => {
      const tries = `${job?.attemptsMade ?? '?'}/${job?.opts.attempts ?? 1}`;
      this.logger.warn(`deadline job ${job?.id} (${job?.name}) failed, try ${tries}: ${error.message}`);
    });
    // Without a listener an 'error' event (e.g. Redis gone for a moment) would crash the process.
    worker.on('error', (error) => this.logger.error(`deadline worker: ${error.message}`));
    this.worker = worker;
    void worker.run().catch((error: unknown) => {
      this.logger.error(`deadline worker stopped: ${error instanceof Error ? error.message : String(error)}`);
    });
    await worker.waitUntilReady();
  }

  /**
   * Stops taking jobs and lets running ones finish, for at most `closeTimeoutMs`. BullMQ's close
   * waits for as long as Redis is away: it waits for an 'end' event its blocking client, between
   * reconnect attempts, never emits (BullMQ issue 4656, open in 5.x; we saw it stay stuck even
   * after Redis came back), and for commands queued on the worker connection, which retries for
   * ever as BullMQ requires. Nothing here can cancel that, so past the bound the worker is left
   * behind and the rest of shutdown goes on (the process exits after SHUTDOWN_GRACE_MS in any
   * case). A job cut off keeps its lock until it expires and then runs again elsewhere
   * (stalled-job check); its command is decided again, so nothing is lost or doubled.
   */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    if (!(await finishesWithin(worker.close(), this.options.closeTimeoutMs ?? 5_000)))
      this.logger.warn('deadline worker still closing (Redis away?); going on without it');
  }
}

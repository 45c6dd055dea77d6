import { Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { DeadlineAudit, DeadlineScheduler, ReconcileResult } from '../deadline-scheduler';

/** What /health says about the deadline jobs. */
export interface DeadlineHealth extends DeadlineAudit {
  /** `missing`: Redis lost jobs (or the mark of the last rebuild) and the log has not rebuilt them yet. */
  status: 'ok' | 'missing';
  checkedAt: string;
}

/** What a rebuild did, and the state after it. */
export interface DeadlineRebuild {
  result: ReconcileResult & { streams: number };
  health: DeadlineHealth;
}

export interface DeadlineWatchOptions {
  scheduler: DeadlineScheduler;
  /** The scheduler's connection: a reconnect after it was closed triggers a check. */
  connection: Redis;
  /** Rebuilds every stream's jobs from the log; absent in a process that only reports. */
  rebuild?: () => Promise<ReconcileResult & { streams: number }>;
  /** How often to check that Redis still holds every job (DEADLINE_CHECK_MS). */
  intervalMs: number;
}

/**
 * Redis is a cache of the event store, and a cache can lose its keys without anyone noticing
 * (a restart without persistence, a failover to an empty replica, a FLUSHALL). The watch
 * compares Redis with what the scheduler put there, on every reconnect and every interval, and
 * rebuilds from the log when anything is gone; /health reports `missing` meanwhile.
 */
export class DeadlineWatch {
  private readonly logger = new Logger(DeadlineWatch.name);
  private timer?: NodeJS.Timeout;
  private last?: DeadlineHealth;
  private checking?: Promise<DeadlineHealth>;
  private rebuilding?: Promise<DeadlineRebuild>;
  private disconnected = false;
  private readonly onClose = () => {
    this.disconnected = true;
  };
  private readonly onReady = () => {
    if (!this.disconnected) return;
    this.disconnected = false;
    void this.check().catch(() => undefined);
  };

  constructor(private readonly options: DeadlineWatchOptions) {}

  start(): void {
    if (this.timer) return;
    this.options.connection.on('close', this.onClose);
    this.options.connection.on('ready', this.onReady);
    this.timer = setInterval(() => void this.check().catch(() => undefined), this.options.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.options.connection.off('close', this.onClose);
    this.options.connection.off('ready', this.onReady);
  }

  /** The state as last seen, or seen now when that is older than `maxAgeMs`. Never rebuilds. */
  async status(maxAgeMs = 1_000): Promise<DeadlineHealth> {
    if (this.rebuilding) return this.last ?? this.audit();
    if (this.last && Date.now() - Date.parse(this.last.checkedAt) <= maxAgeMs) return this.last;
    return this.audit();
  }

  /** Audits, and rebuilds from the log when anything is missing (where this process may). */
  async check(): Promise<DeadlineHealth> {
    const seen = await this.audit();
    if (seen.status === 'ok' || !this.options.rebuild) return seen;
    this.logger.warn(
      `deadline jobs missing in Redis (${seen.missingJobs} of ${seen.indexedJobs} indexed, ` +
        `rebuilt mark ${seen.rebuilt ? 'present' : 'gone'}); rebuilding from the log`,
    );
    return (await this.reconcile()).health;
  }

  /** Rebuilds every job from the log now (also `cli deadlines reconcile`); one at a time. */
  reconcile(): Promise<DeadlineRebuild> {
    const rebuild = this.options.rebuild;
    if (!rebuild) return Promise.reject(new Error('this process does not rebuild deadlines'));
    this.rebuilding ??= (async () => {
      try {
        const result = await rebuild();
        // A fresh look: an audit still in flight began before the rebuild ended.
        return { result, health: await this.audit(false) };
      } finally {
        this.rebuilding = undefined;
      }
    })();
    return this.rebuilding;
  }

  private audit(reuse = true): Promise<DeadlineHealth> {
    if (reuse && this.checking) return this.checking;
    const checking = this.options.scheduler
      .audit()
      .then((audit): DeadlineHealth => {
        const status = audit.rebuilt && audit.missingJobs === 0 ? 'ok' : 'missing';
        this.last = { status, ...audit, checkedAt: new Date().toISOString() };
        return this.last;
      })
      .finally(() => {
        if (this.checking === checking) this.checking = undefined;
      });
    this.checking = checking;
    return checking;
  }
}

import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { EventStore, HistoryKeyring } from '@app/event-store';
import { sealLog, storeSeal } from './write-seal-file';

export interface SealScheduleOptions {
  /** DATA_DIR/seals. */
  dir: string;
  intervalMs: number;
}

/**
 * Issue 22: the running server seals the log every SEAL_INTERVAL_MINUTES into DATA_DIR/seals,
 * outside the database (so whoever can only write the database cannot rewrite them) and beside
 * the key. A seal of a log with breaks is still written, and the breaks are logged: sealing is
 * not vouching, and an operator must hear of a break as soon as possible.
 */
export class SealSchedule implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('seals');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly store: EventStore,
    private readonly keys: HistoryKeyring,
    private readonly storeLabel: string,
    private readonly options: SealScheduleOptions,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.sealOnce().finally(() => (this.running = undefined));
    }, this.options.intervalMs);
    this.timer.unref();
  }

  async sealOnce(): Promise<string | undefined> {
    try {
      const { seal, breaks } = await sealLog(this.store, this.keys, { store: this.storeLabel });
      const path = storeSeal(this.options.dir, seal);
      if (breaks > 0)
        this.log.error(`${breaks} events break the hash chain; run verify (sealed anyway: ${path})`);
      else this.log.log(`sealed ${seal.events} events up to position ${seal.position}: ${path}`);
      return path;
    } catch (error) {
      this.log.error(`sealing failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}

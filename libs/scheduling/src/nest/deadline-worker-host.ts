import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DeadlineScheduler } from '../deadline-scheduler';
import { finishesWithin } from '../bounded';
import { DeadlineWorker } from '../deadline-worker';
import { DeadlineDispatcher } from './deadline-dispatcher';
import { SchedulingConnections } from './scheduling-connections';
import { SCHEDULING_OPTIONS, type SchedulingModuleOptions } from './scheduling-options';

/**
 * Starts the worker on bootstrap, after every module's onModuleInit has registered its
 * handlers. Stops it before shutdown proper, so running jobs finish while the command bus and
 * the event store are still up, and closes the queue and the connections last, after other
 * modules (e.g. a deadline follower) have stopped using them in their own destroy hooks.
 */
@Injectable()
export class DeadlineWorkerHost
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  private worker?: DeadlineWorker;

  constructor(
    @Inject(SCHEDULING_OPTIONS) private readonly options: SchedulingModuleOptions,
    @Inject(SchedulingConnections) private readonly connections: SchedulingConnections,
    @Inject(DeadlineScheduler) private readonly scheduler: DeadlineScheduler,
    @Inject(DeadlineDispatcher) private readonly dispatcher: DeadlineDispatcher,
  ) {}

  get running(): boolean {
    return this.worker?.running ?? false;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.runWorkers === false) return;
    this.worker = new DeadlineWorker({
      connection: this.connections.worker,
      dispatch: this.dispatcher.dispatch,
      prefix: this.scheduler.prefix,
      queueName: this.scheduler.queueName,
      concurrency: this.options.concurrency,
      clock: this.options.clock,
      lockDurationMs: this.options.lockDurationMs,
      stalledIntervalMs: this.options.stalledIntervalMs,
    });
    await this.worker.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    this.worker = undefined;
  }

  async onApplicationShutdown(): Promise<void> {
    // The queue shares our connections, which are cut next whether or not it closed in time.
    await finishesWithin(this.scheduler.close(), 2_000);
    this.connections.close();
  }
}

import { Module, type DynamicModule } from '@nestjs/common';
import { DeadlineScheduler } from '../deadline-scheduler';
import { DeadlineDispatcher } from './deadline-dispatcher';
import { DeadlineWorkerHost } from './deadline-worker-host';
import { RedisHealth } from './redis-health';
import { SchedulingConnections } from './scheduling-connections';
import { SCHEDULING_OPTIONS, type SchedulingModuleOptions } from './scheduling-options';

/**
 * Deadlines as BullMQ jobs for the whole app (global): DeadlineScheduler to reconcile,
 * DeadlineDispatcher for features to register their scheduled command types, RedisHealth for
 * /health, and the worker run by DeadlineWorkerHost unless `runWorkers: false`. Redis must be
 * reachable or about to be: call `ensureRedis` before creating the app.
 */
@Module({})
export class SchedulingModule {
  static forRoot(options: SchedulingModuleOptions): DynamicModule {
    return {
      module: SchedulingModule,
      global: true,
      providers: [
        { provide: SCHEDULING_OPTIONS, useValue: options },
        { provide: SchedulingConnections, useFactory: () => new SchedulingConnections(options.redisUrl) },
        {
          provide: DeadlineScheduler,
          inject: [SchedulingConnections],
          useFactory: (connections: SchedulingConnections) =>
            new DeadlineScheduler({
              connection: connections.client,
              prefix: options.prefix,
              queueName: options.queueName,
              clock: options.clock,
              attempts: options.attempts,
              backoffMs: options.backoffMs,
            }),
        },
        DeadlineDispatcher,
        RedisHealth,
        DeadlineWorkerHost,
      ],
      exports: [
        DeadlineScheduler,
        DeadlineDispatcher,
        RedisHealth,
        SchedulingConnections,
        DeadlineWorkerHost,
      ],
    };
  }
}

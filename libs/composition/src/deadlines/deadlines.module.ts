import {
  Inject,
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandExecutor, EventStore } from '@app/event-store';
import { Clock, type AnyAggregateDescriptor } from '@app/kernel';
import {
  DeadlineDispatcher,
  DeadlineFollower,
  DeadlineScheduler,
  DeadlineWatch,
  SchedulingConnections,
  finishesWithin,
} from '@app/scheduling';
import { DeadlinesAdminController } from './deadlines-admin.controller';

const OPTIONS = Symbol('DEADLINES_OPTIONS');
interface DeadlinesOptions {
  aggregates: readonly AnyAggregateDescriptor[];
  follow: boolean;
  /** DEADLINE_CHECK_MS: how often a following process checks Redis for lost jobs. */
  checkMs: number;
}

/**
 * Connects the scheduler to the features: fired jobs go to the command bus (as the system), and
 * in a worker process the follower keeps BullMQ equal to the deadlines the log implies, and the
 * watch rebuilds them when Redis lost some.
 */
@Injectable()
class DeadlinesHost implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  constructor(
    @Inject(OPTIONS) private readonly options: DeadlinesOptions,
    private readonly follower: DeadlineFollower,
    private readonly watch: DeadlineWatch,
    private readonly dispatcher: DeadlineDispatcher,
    private readonly commandBus: CommandBus,
  ) {}

  onModuleInit(): void {
    this.dispatcher.registerFallback(async (fired) => {
      await this.commandBus.execute(await this.follower.messageFor(fired));
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.follow) return;
    await this.follower.start();
    this.watch.start();
  }

  async onModuleDestroy(): Promise<void> {
    this.watch.stop();
    // A batch in flight may wait on a stream lock or a Redis that stopped answering; whatever it
    // did not finish, the next start's reconcile does.
    if (!(await finishesWithin(this.follower.stop(), 5_000)))
      new Logger('DeadlinesHost').warn('deadline follower did not stop in time; leaving it');
  }
}

@Module({})
export class DeadlinesModule {
  static forRoot(options: DeadlinesOptions): DynamicModule {
    return {
      module: DeadlinesModule,
      controllers: [DeadlinesAdminController],
      providers: [
        { provide: OPTIONS, useValue: options },
        {
          provide: DeadlineFollower,
          inject: [EventStore, DeadlineScheduler, Clock, CommandExecutor],
          useFactory: (
            store: EventStore,
            scheduler: DeadlineScheduler,
            clock: Clock,
            executor: CommandExecutor,
          ) => new DeadlineFollower(store, scheduler, clock, options.aggregates, executor),
        },
        {
          provide: DeadlineWatch,
          inject: [DeadlineScheduler, SchedulingConnections, DeadlineFollower],
          useFactory: (
            scheduler: DeadlineScheduler,
            connections: SchedulingConnections,
            follower: DeadlineFollower,
          ) =>
            new DeadlineWatch({
              scheduler,
              connection: connections.client,
              // Every process may rebuild on request (the admin endpoint); only a following one
              // does so by itself.
              rebuild: () => follower.reconcileAll(),
              intervalMs: options.checkMs,
            }),
        },
        DeadlinesHost,
      ],
      exports: [DeadlineFollower, DeadlineWatch],
    };
  }
}

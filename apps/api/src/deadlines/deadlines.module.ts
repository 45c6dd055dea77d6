import {
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EventStore } from '@app/event-store';
import { Clock } from '@app/kernel';
import {
  DeadlineDispatcher,
  DeadlineFollower,
  DeadlineScheduler,
  type DeadlineSource,
} from '@app/scheduling';

const OPTIONS = Symbol('DEADLINES_OPTIONS');
interface DeadlinesOptions {
  sources: DeadlineSource[];
  follow: boolean;
}

/**
 * Connects the scheduler to the features: fired jobs go to the command bus (as the system), and
 * in a worker process the follower keeps BullMQ equal to the deadlines the log implies.
 */
@Injectable()
class DeadlinesHost implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  constructor(
    @Inject(OPTIONS) private readonly options: DeadlinesOptions,
    private readonly follower: DeadlineFollower,
    private readonly dispatcher: DeadlineDispatcher,
    private readonly commandBus: CommandBus,
  ) {}

  onModuleInit(): void {
    this.dispatcher.registerFallback(async (fired) => {
      await this.commandBus.execute(await this.follower.messageFor(fired));
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.follow) await this.follower.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.follower.stop();
  }
}

@Module({})
export class DeadlinesModule {
  static forRoot(options: DeadlinesOptions): DynamicModule {
    return {
      module: DeadlinesModule,
      providers: [
        { provide: OPTIONS, useValue: options },
        {
          provide: DeadlineFollower,
          inject: [EventStore, DeadlineScheduler, Clock],
          useFactory: (store: EventStore, scheduler: DeadlineScheduler, clock: Clock) =>
            new DeadlineFollower(store, scheduler, clock, options.sources),
        },
        DeadlinesHost,
      ],
      exports: [DeadlineFollower],
    };
  }
}

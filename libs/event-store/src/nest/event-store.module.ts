import {
  Global,
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { IdGenerator, RandomIdGenerator } from '@app/kernel';
import { CommandExecutor } from '../aggregate/command-executor';
import { CaseLocator } from '../cases/case-locator';
import {
  createEventStore,
  type EventStoreConfig,
  type EventStoreConnections,
} from '../config/create-event-store';
import { EventStore } from '../port/event-store.port';
import { ReadModelSql } from '../sql/sql-client';

export const EVENT_STORE_CONNECTIONS = Symbol('EVENT_STORE_CONNECTIONS');

export interface EventStoreModuleOptions extends EventStoreConfig {
  /** Defaults to random UUIDs; tests pass a deterministic one. */
  idGenerator?: IdGenerator;
}

/**
 * Closes the store and the read-model database last (on application shutdown, after every
 * module's onModuleDestroy), so projections and workers can still finish with them.
 */
@Injectable()
class EventStoreShutdown implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE_CONNECTIONS) private readonly connections: EventStoreConnections) {}
  async onApplicationShutdown(): Promise<void> {
    await this.connections.close();
  }
}

@Global()
@Module({})
export class EventStoreModule {
  static forRoot(options: EventStoreModuleOptions): DynamicModule {
    return {
      module: EventStoreModule,
      global: true,
      providers: [
        { provide: EVENT_STORE_CONNECTIONS, useFactory: () => createEventStore(options) },
        {
          provide: EventStore,
          useFactory: (c: EventStoreConnections) => c.store,
          inject: [EVENT_STORE_CONNECTIONS],
        },
        {
          provide: ReadModelSql,
          useFactory: (c: EventStoreConnections) => c.readModels,
          inject: [EVENT_STORE_CONNECTIONS],
        },
        { provide: IdGenerator, useValue: options.idGenerator ?? new RandomIdGenerator() },
        {
          provide: CommandExecutor,
          useFactory: (store: EventStore, ids: IdGenerator) => new CommandExecutor(store, ids),
          inject: [EventStore, IdGenerator],
        },
        CaseLocator,
        EventStoreShutdown,
      ],
      exports: [EVENT_STORE_CONNECTIONS, EventStore, ReadModelSql, IdGenerator, CommandExecutor, CaseLocator],
    };
  }
}

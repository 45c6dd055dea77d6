import {
  Global,
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { IdGenerator, RandomIdGenerator } from '@app/kernel';
import { CommandExecutor } from '../aggregate/command-executor';
import { CaseLocator } from '../cases/case-locator';
import { HistoryKeyring, historyKeysForWriting } from '../aggregate/history-key';
import { recordHistoryKey } from '../aggregate/history-key.recorder';
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
  /** HISTORY_KEY; unset, DATA_DIR/history-key (generated on the first run). */
  historyKey?: string;
  /** Record the current history key's id as an event at start (the server does; the CLI does not). */
  recordHistoryKey?: boolean;
}

const RECORD_HISTORY_KEY = Symbol('RECORD_HISTORY_KEY');

/** Issue 22: a key taken into use is an event in the log, so a rotation is part of the history. */
@Injectable()
class HistoryKeyAnnouncer implements OnApplicationBootstrap {
  constructor(
    private readonly store: EventStore,
    private readonly keys: HistoryKeyring,
    @Inject(RECORD_HISTORY_KEY) private readonly enabled: boolean,
  ) {}
  async onApplicationBootstrap(): Promise<void> {
    if (this.enabled) await recordHistoryKey(this.store, this.keys, new Date());
  }
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
          provide: HistoryKeyring,
          useFactory: () =>
            historyKeysForWriting({ historyKey: options.historyKey, dataDir: options.dataDir }),
        },
        {
          provide: CommandExecutor,
          useFactory: (store: EventStore, ids: IdGenerator, keys: HistoryKeyring) =>
            new CommandExecutor(store, ids, keys),
          inject: [EventStore, IdGenerator, HistoryKeyring],
        },
        { provide: RECORD_HISTORY_KEY, useValue: options.recordHistoryKey === true },
        HistoryKeyAnnouncer,
        CaseLocator,
        EventStoreShutdown,
      ],
      exports: [
        EVENT_STORE_CONNECTIONS,
        EventStore,
        ReadModelSql,
        IdGenerator,
        CommandExecutor,
        HistoryKeyring,
        CaseLocator,
      ],
    };
  }
}

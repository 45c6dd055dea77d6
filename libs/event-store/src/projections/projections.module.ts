import {
  Global,
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  type OnModuleInit,
  type Type,
} from '@nestjs/common';
import { EventStore } from '../port/event-store.port';
import { ReadModelSql } from '../sql/sql-client';
import { SqlEventStore } from '../sql/sql-event-store';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';

/** Feature modules add their read models here (directly or through `ProjectionsModule.forFeature`). */
@Injectable()
export class ProjectionRegistry {
  private readonly projections: Projection[] = [];
  register(...projections: Projection[]): void {
    this.projections.push(...projections);
  }
  all(): readonly Projection[] {
    return this.projections;
  }
}

/**
 * Runs every registered projection from application bootstrap (the inline ones are attached at
 * module init, see there) until module destroy (before the event store closes on shutdown).
 */
@Injectable()
export class Projections implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Projections');
  private runner?: ProjectionRunner;

  constructor(
    private readonly store: EventStore,
    private readonly sql: ReadModelSql,
    private readonly registry: ProjectionRegistry,
  ) {
    // Appends made before the runner starts (a deadline job firing during bootstrap) wait for
    // the inline read models to be attached rather than slip past them.
    if (store instanceof SqlEventStore && store.sharesDatabaseWith(sql)) store.holdAppendsForInline();
  }

  /**
   * Inline read models are attached in the init phase: appends wait for them, and a bootstrap
   * hook may append (HistoryKeyAnnouncer). Every registration is in by now (they happen in
   * provider factories).
   */
  async onModuleInit(): Promise<void> {
    this.runner = new ProjectionRunner(this.store, this.sql, this.registry.all(), {
      onError: (name, error) => this.logger.error(`Projection ${name} stopped: ${String(error)}`),
    });
    await this.runner.prepare();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runner?.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.runner?.stop();
  }

  /** Read-your-writes for the API: wait until every read model has applied `position`. */
  waitFor(position: number, timeoutMs?: number): Promise<void> {
    return this.started().waitFor(position, timeoutMs);
  }

  rebuild(name?: string): Promise<void> {
    return this.started().rebuild(name);
  }

  caughtUp(): Promise<void> {
    return this.started().caughtUp();
  }

  status(): ReturnType<ProjectionRunner['status']> {
    return this.started().status();
  }

  private started(): ProjectionRunner {
    if (!this.runner) throw new Error('Projections have not started (application not bootstrapped)');
    return this.runner;
  }
}

/** One per feature import; its own class so the root module's providers are not repeated. */
@Module({})
export class ProjectionsFeatureModule {}

/**
 * Import once in the application (needs EventStoreModule for EventStore and ReadModelSql);
 * features import `ProjectionsModule.forFeature([TheirProjection])`.
 */
@Global()
@Module({ providers: [ProjectionRegistry, Projections], exports: [ProjectionRegistry, Projections] })
export class ProjectionsModule {
  /** Provides the projection classes and registers them with the global registry. */
  static forFeature(projections: Type<Projection>[]): DynamicModule {
    const registered = Symbol('registered projections');
    return {
      module: ProjectionsFeatureModule,
      providers: [
        ...projections,
        {
          provide: registered,
          useFactory: (registry: ProjectionRegistry, ...instances: Projection[]) => {
            registry.register(...instances);
            return instances;
          },
          inject: [ProjectionRegistry, ...projections],
        },
      ],
      exports: projections,
    };
  }
}

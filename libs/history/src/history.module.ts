import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import {
  EVENT_STORE_CONNECTIONS,
  EventStore,
  HistoryKeyring,
  ProjectionRegistry,
  ReadModelSql,
  type EventStoreConnections,
} from '@app/event-store';
import type { CaseKindDefinition } from '@app/kernel';
import { AsOfInterceptor } from './as-of/as-of.interceptor';
import { CaseStateService } from './as-of/case-state.service';
import { CaseHistoryService } from './case/case-history.service';
import { CaseStreamReader } from './case/case-stream.reader';
import { CaseChainService } from './chain/case-chain.service';
import { CaseLinksProjection } from './chain/case-links.projection';
import { EvaluationReportController } from './evaluation-report.controller';
import { HistoryController } from './history.controller';
import { EvaluationReportService } from './report/evaluation-report.service';
import { CASE_KIND_DEFINITIONS, CaseKindRegistry } from './registry/case-kind-registry';
import type { HistoryProjection } from './registry/history-projection';
import { TimelineProjection } from './timeline/timeline.projection';
import { TimelineService } from './timeline/timeline.service';
import { SealController } from './verify/seal.controller';
import { SealSchedule, type SealScheduleOptions } from './verify/seal-schedule';

/** The read models history keeps (for the ProjectionRunner, and for replay's digest). */
export const HISTORY_PROJECTIONS = Symbol('HISTORY_PROJECTIONS');

export interface HistoryModuleOptions {
  /** Every feature's definitions; history imports no feature lib, so it serves whatever is here. */
  caseKinds: readonly CaseKindDefinition[];
  /** Write a seal of the log on this schedule (the server with workers); omitted: none. */
  seals?: SealScheduleOptions;
}

/**
 * Issue 7. Needs `EventStore` and `ReadModelSql` from the (global) EventStoreModule. Registers
 * a global interceptor that answers `GET …/<kind>/:id?asOf=` on the features' own routes.
 */
@Module({})
export class HistoryModule {
  static forRoot(options: HistoryModuleOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: CASE_KIND_DEFINITIONS, useValue: options.caseKinds },
      {
        provide: CaseKindRegistry,
        useFactory: (definitions: CaseKindDefinition[]) => new CaseKindRegistry(definitions),
        inject: [CASE_KIND_DEFINITIONS],
      },
      {
        provide: CaseStreamReader,
        useFactory: (store: EventStore, registry: CaseKindRegistry) => new CaseStreamReader(store, registry),
        inject: [EventStore, CaseKindRegistry],
      },
      {
        provide: CaseHistoryService,
        useFactory: (reader: CaseStreamReader) => new CaseHistoryService(reader),
        inject: [CaseStreamReader],
      },
      {
        provide: CaseStateService,
        useFactory: (reader: CaseStreamReader) => new CaseStateService(reader),
        inject: [CaseStreamReader],
      },
      {
        provide: CaseChainService,
        useFactory: (store: EventStore, registry: CaseKindRegistry, sql: ReadModelSql) =>
          new CaseChainService(store, registry, sql),
        inject: [EventStore, CaseKindRegistry, ReadModelSql],
      },
      {
        provide: TimelineService,
        useFactory: (sql: ReadModelSql, registry: CaseKindRegistry) => new TimelineService(sql, registry),
        inject: [ReadModelSql, CaseKindRegistry],
      },
      {
        provide: EvaluationReportService,
        useFactory: (sql: ReadModelSql) => new EvaluationReportService(sql),
        inject: [ReadModelSql],
      },
      {
        provide: CaseLinksProjection,
        useFactory: (registry: CaseKindRegistry, store: EventStore) =>
          new CaseLinksProjection(registry, store),
        inject: [CaseKindRegistry, EventStore],
      },
      {
        provide: TimelineProjection,
        useFactory: (registry: CaseKindRegistry) => new TimelineProjection(registry),
        inject: [CaseKindRegistry],
      },
      {
        // Registered with the ProjectionRunner when the app has one (ProjectionsModule), so the
        // runner keeps them current and waits for them on writes (read-your-writes).
        provide: HISTORY_PROJECTIONS,
        useFactory: (registry: ProjectionRegistry | undefined, ...projections: HistoryProjection[]) => {
          registry?.register(...projections);
          return projections;
        },
        inject: [{ token: ProjectionRegistry, optional: true }, CaseLinksProjection, TimelineProjection],
      },
      { provide: APP_INTERCEPTOR, useClass: AsOfInterceptor },
    ];
    const seals = options.seals;
    if (seals) {
      providers.push({
        provide: SealSchedule,
        useFactory: (store: EventStore, keys: HistoryKeyring, connections: EventStoreConnections) =>
          new SealSchedule(store, keys, connections.label, seals),
        inject: [EventStore, HistoryKeyring, EVENT_STORE_CONNECTIONS],
      });
    }
    return {
      module: HistoryModule,
      controllers: [HistoryController, EvaluationReportController, SealController],
      providers,
      exports: [
        CaseKindRegistry,
        CaseStateService,
        CaseHistoryService,
        CaseChainService,
        TimelineService,
        EvaluationReportService,
        CaseLinksProjection,
        TimelineProjection,
        HISTORY_PROJECTIONS,
      ],
    };
  }
}

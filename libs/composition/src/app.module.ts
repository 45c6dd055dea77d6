import { join } from 'node:path';
import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { LoggerModule } from 'nestjs-pino';
import { AccessModule } from '@app/access';
import { Clock, IdGenerator, RandomIdGenerator, SystemClock } from '@app/kernel';
import { EventStoreModule, ProjectionsModule } from '@app/event-store';
import { HistoryModule } from '@app/history';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { SchedulingModule } from '@app/scheduling';
import type { AppConfig } from './config/app-config';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { FEATURE_AGGREGATES, FEATURE_CASE_KINDS } from './feature-registry';
import { FEATURE_MODULES } from './feature-modules';
import { ReadYourWritesInterceptor } from './http/read-your-writes.interceptor';
import { HealthController } from './health/health.controller';
import { SignInModule } from './sign-in/sign-in.module';
import { OverviewModule } from './overview/overview.module';
import { LiveModule } from './live/live.module';
import { DocumentsModule } from './documents/documents.module';
import { CarryOverModule } from './carry-over/carry-over.module';

/**
 * The whole product in one process by default: API, BullMQ workers and catch-up subscriptions.
 * `runWorkers: false` gives an API-only process for scaling out (README, "Past one machine").
 */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          // nestjs-pino's default route '*' is the pre-Nest-11 wildcard: the router rewrote it with a
          // LegacyRouteConverter warning at every start. '{*splat}' is the same route in the new syntax.
          forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            autoLogging: { ignore: (req) => req.url === '/health' },
            // The session cookie (issue 19) is a credential as the bearer token is.
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
          },
        }),
        CqrsModule.forRoot(),
        EventStoreModule.forRoot({
          kind: config.eventStore,
          dataDir: config.dataDir,
          databaseUrl: config.databaseUrl,
          kurrentdbUrl: config.kurrentdbUrl,
          schema: config.databaseSchema,
          historyKey: config.historyKey,
          // The server records the key it hashes with; the CLI (runWorkers false) only reads.
          recordHistoryKey: config.runWorkers,
          lockRole: config.lockRole,
        }),
        SchedulingModule.forRoot({
          redisUrl: config.redisUrl,
          prefix: config.redisPrefix,
          runWorkers: config.runWorkers,
          lockDurationMs: config.deadlineLockMs,
          stalledIntervalMs: config.deadlineLockMs,
        }),
        AccessModule.forRoot({ dataDir: config.dataDir, authSecret: config.authSecret }),
        ProjectionsModule,
        DeadlinesModule.forRoot({
          aggregates: FEATURE_AGGREGATES,
          follow: config.runWorkers,
          checkMs: config.deadlineCheckMs,
        }),
        HistoryModule.forRoot({
          caseKinds: FEATURE_CASE_KINDS,
          // Seals on a schedule where the workers run (issue 22), in DATA_DIR/seals.
          seals:
            config.runWorkers && config.sealIntervalMinutes > 0
              ? { dir: join(config.dataDir, 'seals'), intervalMs: config.sealIntervalMinutes * 60_000 }
              : undefined,
        }),
        ...FEATURE_MODULES,
        SignInModule,
        OverviewModule,
        LiveModule,
        DocumentsModule,
        CarryOverModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: Clock, useClass: SystemClock },
        { provide: IdGenerator, useClass: RandomIdGenerator },
        { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor },
      ],
      exports: [Clock, IdGenerator],
      global: true,
    };
  }
}

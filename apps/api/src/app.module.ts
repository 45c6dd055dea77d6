import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { LoggerModule } from 'nestjs-pino';
import { AccessModule } from '@app/access';
import { Clock, IdGenerator, RandomIdGenerator, SystemClock } from '@app/kernel';
import { EventStoreModule } from '@app/event-store';
import { SchedulingModule } from '@app/scheduling';
import type { AppConfig } from './config/app-config';
import { FEATURE_MODULES } from './feature-modules';
import { HealthController } from './health/health.controller';

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
          pinoHttp: {
            level: config.logLevel,
            autoLogging: { ignore: (req) => req.url === '/health' },
            redact: ['req.headers.authorization'],
          },
        }),
        CqrsModule.forRoot(),
        EventStoreModule.forRoot({
          kind: config.eventStore,
          dataDir: config.dataDir,
          databaseUrl: config.databaseUrl,
          kurrentdbUrl: config.kurrentdbUrl,
          schema: config.databaseSchema,
        }),
        SchedulingModule.forRoot({
          redisUrl: config.redisUrl,
          prefix: config.redisPrefix,
          runWorkers: config.runWorkers,
        }),
        AccessModule.forRoot({ dataDir: config.dataDir, authSecret: config.authSecret }),
        ...FEATURE_MODULES,
      ],
      controllers: [HealthController],
      providers: [
        { provide: Clock, useClass: SystemClock },
        { provide: IdGenerator, useClass: RandomIdGenerator },
      ],
      exports: [Clock, IdGenerator],
      global: true,
    };
  }
}

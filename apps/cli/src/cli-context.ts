import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createEventStore, EventStore } from '@app/event-store';
import { AppModule } from '../../api/src/app.module';
import { loadConfig } from '../../api/src/config/app-config';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export const processIo = (): CliIo => ({
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});

/**
 * The configured event store alone (EVENT_STORE, DATABASE_URL, DATABASE_SCHEMA, DATA_DIR,
 * KURRENTDB_URL, as the server reads them): verify, export and import need nothing else, so they
 * neither wait for Redis nor depend on every module's wiring. With the embedded store, stop the
 * server first: PGlite is one process's database, and two processes on one directory corrupt it.
 */
export async function withEventStore<T>(
  env: NodeJS.ProcessEnv,
  fn: (store: EventStore) => Promise<T>,
): Promise<T> {
  const config = loadConfig(env);
  const connections = await createEventStore({
    kind: config.eventStore,
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    kurrentdbUrl: config.kurrentdbUrl,
    schema: config.databaseSchema,
  });
  try {
    return await fn(connections.store);
  } finally {
    await connections.close();
  }
}

/**
 * The configured application without HTTP and without workers: the same store, read-model
 * database and registered kinds the server uses (EVENT_STORE, DATABASE_URL, DATA_DIR …).
 * Replay needs it: every read model registered by every module.
 */
export async function withAppContext<T>(
  env: NodeJS.ProcessEnv,
  fn: (app: INestApplicationContext) => Promise<T>,
): Promise<T> {
  const config = { ...loadConfig(env), runWorkers: false, logLevel: env.LOG_LEVEL || 'warn' };
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: false,
    // Nest would otherwise exit the process on a failed start without saying why.
    abortOnError: false,
  });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

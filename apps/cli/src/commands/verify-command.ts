import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createEventStore, EventStore } from '@app/event-store';
import { describeChainBreak, verifyHashChains } from '@app/history';
import { AppModule } from '../../../api/src/app.module';
import { loadConfig } from '../../../api/src/config/app-config';

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

const SHOWN = 20;

/**
 * `npm run cli -- verify` (issue 7, tamper evidence): walks the whole log and names every event
 * whose hash chain breaks, the first one first; exits 1 when any does.
 */
export const verifyCommand = {
  summary: "verify: check every stream's hash chain and name the first event that breaks it",
  async run(_args: string[], env: NodeJS.ProcessEnv, io: CliIo = processIo()): Promise<void> {
    const result = await withEventStore(env, (store) =>
      verifyHashChains(store, {
        onBatch: (checked) => io.stderr.write(`\rchecked ${checked.toLocaleString('en-US')} events`),
      }),
    );
    io.stderr.write('\n');
    if (result.breaks.length === 0) {
      io.stdout.write(`hash chain intact: ${result.events} events in ${result.streams} streams\n`);
      return;
    }
    // The first ones name what to look at; a whole unhashed log would otherwise print every event.
    for (const b of result.breaks.slice(0, SHOWN)) io.stdout.write(`BROKEN ${describeChainBreak(b)}\n`);
    if (result.breaks.length > SHOWN) io.stdout.write(`… and ${result.breaks.length - SHOWN} more\n`);
    throw new Error(
      `${result.breaks.length} of ${result.events} events break the hash chain; the first: ${describeChainBreak(result.breaks[0])}`,
    );
  },
};

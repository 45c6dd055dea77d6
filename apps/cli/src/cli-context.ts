import type { INestApplicationContext } from '@nestjs/common';
// Direct paths, not the barrels, and Nest only when a command needs the whole app: every command
// starts in a fraction of a second, and export and import never load Nest at all (issue 22).
import { createEventStore, type EventStoreConnections } from '@app/event-store/config/create-event-store';
import type { EventStore } from '@app/event-store/port/event-store.port';
import { progressLine, type RebuildProgress } from '@app/history/replay/rebuild-read-models';
import { loadConfig } from '@app/composition/config/app-config';

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
 * KURRENTDB_URL, as the server reads them): export and import need nothing else, so they
 * neither wait for Redis nor depend on every module's wiring. With the embedded store the CLI
 * takes DATA_DIR's lock like the server does: PGlite is one process's database, so a server
 * running on it is refused by name ("the server (pid N) is using DATA_DIR: stop it first").
 */
export async function withEventStore<T>(
  env: NodeJS.ProcessEnv,
  fn: (store: EventStore, connections: EventStoreConnections) => Promise<T>,
  role = 'a CLI command',
): Promise<T> {
  const config = loadConfig(env);
  const connections = await createEventStore({
    kind: config.eventStore,
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    kurrentdbUrl: config.kurrentdbUrl,
    schema: config.databaseSchema,
    lockRole: role,
  });
  try {
    return await fn(connections.store, connections);
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
  role = 'a CLI command',
): Promise<T> {
  const config = { ...loadConfig(env), runWorkers: false, logLevel: env.LOG_LEVEL || 'warn', lockRole: role };
  await import('reflect-metadata');
  const { NestFactory } = await import('@nestjs/core');
  const { AppModule } = await import('@app/composition/app.module');
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

/**
 * A progress line on stderr: rewritten in place on a terminal; in a log (not a TTY) at most once
 * a second, and the last one always, so a pipe is not flooded.
 */
export function progressPrinter(io: CliIo): (p: RebuildProgress) => void {
  const tty = (io.stderr as { isTTY?: boolean }).isTTY === true;
  let lastPrinted = 0;
  return (p) => {
    const now = Date.now();
    if (tty) io.stderr.write(`\r${progressLine(p)}   `);
    else if (now - lastPrinted >= 1000 || p.done === p.total) {
      io.stderr.write(`${progressLine(p)}\n`);
      lastPrinted = now;
    }
  };
}

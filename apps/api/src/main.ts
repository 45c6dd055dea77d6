import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { ensureRedis } from '@app/scheduling';
import {
  EVENT_STORE_CONNECTIONS,
  reportSqlCountersOnSignal,
  type EventStoreConnections,
} from '@app/event-store';
import { createApp } from './bootstrap';
import { installGracefulShutdown, LiveEventsController, loadConfig } from '@app/composition';

async function main(): Promise<void> {
  const config = loadConfig();
  // For `npm run bench -- http`: SQL statements and commits per write, counted in the driver.
  reportSqlCountersOnSignal(process.env);
  mkdirSync(config.dataDir, { recursive: true });
  // A fresh machine may have no Redis running: start a local child when a binary exists.
  await ensureRedis({ url: config.redisUrl, dataDir: config.dataDir, log: (line) => console.log(line) });
  const app = await createApp(config);
  await app.listen(config.port);
  installGracefulShutdown(app, {
    graceMs: config.shutdownGraceMs,
    server: app.getHttpServer() as Server,
    beforeClose: () => app.get(LiveEventsController, { strict: false }).endAll(),
  });
  // Which store and schema this process writes (never the password), so an operator sees where they are.
  const store = app.get<EventStoreConnections>(EVENT_STORE_CONNECTIONS).label;
  console.log(
    `council engine listening on http://localhost:${config.port} (docs at /docs, health at /health); store: ${store}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

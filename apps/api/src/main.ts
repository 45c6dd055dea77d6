import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { ensureRedis } from '@app/scheduling';
import { createApp } from './bootstrap';
import { loadConfig } from './config/app-config';
import { installGracefulShutdown } from './shutdown/graceful-shutdown';

async function main(): Promise<void> {
  const config = loadConfig();
  mkdirSync(config.dataDir, { recursive: true });
  // A fresh machine may have no Redis running: start a local child when a binary exists.
  await ensureRedis({ url: config.redisUrl, dataDir: config.dataDir, log: (line) => console.log(line) });
  const app = await createApp(config);
  await app.listen(config.port);
  installGracefulShutdown(app, {
    graceMs: config.shutdownGraceMs,
    server: app.getHttpServer() as Server,
  });
  console.log(
    `council engine listening on http://localhost:${config.port} (docs at /docs, health at /health)`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

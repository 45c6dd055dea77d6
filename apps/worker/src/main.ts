import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule, installGracefulShutdown, loadConfig } from '@app/composition';

/**
 * A worker process without HTTP: BullMQ deadline workers and the catch-up subscriptions (read
 * models, the deadline follower). Run M of these beside N API processes started with
 * RUN_WORKERS=false; job ids and checkpoints keep their work from doubling.
 */
async function main(): Promise<void> {
  const config = { ...loadConfig(), runWorkers: true };
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await app.init();
  installGracefulShutdown(app, { graceMs: config.shutdownGraceMs });
  // The worker has no port to announce; this line says it is working (and test harnesses wait for it).
  console.log('council engine worker running: deadline workers, deadline follower and read models');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

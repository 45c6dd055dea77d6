import type { INestApplicationContext } from '@nestjs/common';
import type { Server } from 'node:http';
import { finishesWithin } from '@app/scheduling';

export interface GracefulShutdownOptions {
  /** SHUTDOWN_GRACE_MS: how long closing may take before the process exits anyway. */
  graceMs: number;
  /** The HTTP server, closed first so no new request starts while the rest shuts down. */
  server?: Server;
  log?: (line: string) => void;
  /** Ends long-lived answers (the live event stream), which would hold server.close open. */
  beforeClose?: () => void;
}

/**
 * SIGTERM or SIGINT: stop accepting connections, let requests in flight finish, close every
 * module (workers, subscriptions, the store), and exit; if any of that still waits after
 * `graceMs` (a PostgreSQL or Redis that stopped answering keeps a socket open for ever), exit
 * anyway, before an orchestrator's SIGKILL. Nothing acknowledged can be lost by exiting: a write
 * is answered only after its commit, and a request cut off was never answered.
 */
export function installGracefulShutdown(
  app: INestApplicationContext,
  options: GracefulShutdownOptions,
): void {
  const log = options.log ?? ((line: string) => console.log(line));
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    log(`${signal}: shutting down (grace ${options.graceMs} ms)`);
    const closing = (async () => {
      if (options.server) {
        const server = options.server;
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        options.beforeClose?.();
        // Idle keep-alive connections would hold server.close until they time out.
        server.closeIdleConnections();
        await closed;
      }
      await app.close();
    })();
    const clean = await finishesWithin(closing, options.graceMs);
    if (!clean) log(`shutdown still waiting after ${options.graceMs} ms; exiting anyway`);
    else log(`shut down in ${Date.now() - started} ms`);
    process.exit(clean ? 0 : 1);
  };
  process.once('SIGTERM', (signal) => void stop(signal));
  process.once('SIGINT', (signal) => void stop(signal));
}

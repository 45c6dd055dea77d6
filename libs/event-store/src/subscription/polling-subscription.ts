import type { StoredEvent, SubscribeOptions, Subscription } from '../port/event-store.port';

export interface PollingSubscriptionSource {
  readAll(options: { after: number; maxCount: number }): Promise<StoredEvent[]>;
  /** Registers a wake-up call for new appends; returns the function that unregisters it. */
  onAppend(wake: () => void): () => void;
}

/**
 * Catch up in batches from the checkpoint, then wait for a wake-up (an append through this
 * process, a NOTIFY from another) or the poll interval, and read again. Reading strictly after
 * the last delivered position, in position order, delivers each event once and in order,
 * provided positions become visible in order (the SQL store guarantees that, see its append).
 */
export function pollingSubscription(
  source: PollingSubscriptionSource,
  options: SubscribeOptions,
  pollMs: number,
): Subscription {
  const batchSize = options.batchSize ?? 500;
  let checkpoint = options.after ?? -1;
  let stopped = false;
  let wakeUp: (() => void) | undefined;
  let pendingWake = false;
  let markCaughtUp!: () => void;
  let failCaughtUp!: (error: unknown) => void;
  const caughtUp = new Promise<void>((resolve, reject) => {
    markCaughtUp = resolve;
    failCaughtUp = reject;
  });
  // Nobody has to await `caughtUp`; a failure is reported through onError as well.
  caughtUp.catch(() => undefined);

  const unregister = source.onAppend(() => {
    pendingWake = true;
    wakeUp?.();
  });

  const sleep = () =>
    new Promise<void>((resolve) => {
      if (pendingWake || stopped) return resolve();
      const timer = setTimeout(done, pollMs);
      function done() {
        clearTimeout(timer);
        wakeUp = undefined;
        resolve();
      }
      wakeUp = done;
    });

  const loop = async () => {
    try {
      while (!stopped) {
        pendingWake = false;
        const batch = await source.readAll({ after: checkpoint, maxCount: batchSize });
        if (stopped) break;
        if (batch.length > 0) {
          await options.handle(batch);
          checkpoint = batch[batch.length - 1].position;
        }
        if (batch.length < batchSize) {
          markCaughtUp();
          if (batch.length === 0) await sleep();
        }
      }
    } catch (error) {
      stopped = true;
      failCaughtUp(error);
      options.onError?.(error);
    } finally {
      unregister();
      // Stopped before ever catching up: nothing more will come, so waiting would hang.
      markCaughtUp();
    }
  };
  const running = loop();

  return {
    caughtUp,
    async stop() {
      stopped = true;
      wakeUp?.();
      await running;
    },
  };
}

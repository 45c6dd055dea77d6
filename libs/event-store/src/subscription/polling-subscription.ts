import type { StoredEvent, SubscribeOptions, Subscription } from '../port/event-store.port';

/** A page of the log, and whether committed events past a short page wait for an older transaction. */
export type PageRead = (options: {
  after: number;
  maxCount: number;
}) => Promise<{ events: StoredEvent[]; heldBack: boolean }>;

export interface PollingSubscriptionSource {
  readAll(options: { after: number; maxCount: number }): Promise<StoredEvent[]>;
  /** Preferred over readAll when present (the SQL stores). */
  readPage?: PageRead;
  /** Registers a wake-up call for new appends; returns the function that unregisters it. */
  onAppend(wake: () => void): () => void;
}

/** First look again after a page stopped at the horizon; doubles while it stays held back. */
const HELD_BACK_FIRST_MS = 2;

/**
 * Catch up in batches from the checkpoint, then wait for a wake-up (an append through this
 * process, a NOTIFY from another) or the poll interval, and read again. Reading strictly after
 * the last delivered position, in position order, delivers each event once and in order,
 * provided a read never returns an event while an earlier one can still appear (the SQL stores
 * read below their horizon for that, see their readAll). A page that stopped at the horizon is
 * read again after a few milliseconds, not at the next append: the transaction holding it back
 * may be another process's, whose commit wakes nobody here.
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
  let heldBackMs = HELD_BACK_FIRST_MS;
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

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (pendingWake || stopped) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeUp = undefined;
        resolve();
      }
      wakeUp = done;
    });

  const read = async (after: number) =>
    source.readPage
      ? source.readPage({ after, maxCount: batchSize })
      : { events: await source.readAll({ after, maxCount: batchSize }), heldBack: false };

  const loop = async () => {
    try {
      while (!stopped) {
        pendingWake = false;
        const { events: batch, heldBack } = await read(checkpoint);
        if (stopped) break;
        if (batch.length > 0) {
          await options.handle(batch);
          checkpoint = batch[batch.length - 1].position;
        }
        if (batch.length < batchSize) {
          if (heldBack) {
            await sleep(heldBackMs);
            heldBackMs = Math.min(heldBackMs * 2, pollMs);
            continue;
          }
          heldBackMs = HELD_BACK_FIRST_MS;
          markCaughtUp();
          if (batch.length === 0) await sleep(pollMs);
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

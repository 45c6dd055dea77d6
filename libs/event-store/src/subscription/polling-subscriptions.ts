import type { ReadAllOptions, StoredEvent, SubscribeOptions, Subscription } from '../port/event-store.port';
import { pollingSubscription, type PageRead } from './polling-subscription';

/**
 * The subscriptions of one store: every adapter wakes them on its own appends and on word of
 * others' (NOTIFY, a live KurrentDB subscription), and stops those still running before it
 * closes, so none reads from a closed connection.
 */
export class PollingSubscriptions {
  private readonly wakers = new Set<() => void>();
  private readonly running = new Set<Subscription>();

  /**
   * `readPage`, when the store has one, also says whether committed events past a short page are
   * held back (the SQL stores' horizon); without it a short page means the end of the log.
   */
  constructor(
    private readonly readAll: (options: ReadAllOptions) => Promise<StoredEvent[]>,
    private readonly pollMs: number,
    private readonly readPage?: PageRead,
  ) {}

  wake(): void {
    for (const wake of this.wakers) wake();
  }

  subscribe(options: SubscribeOptions): Subscription {
    const readPage = this.readPage;
    const subscription = pollingSubscription(
      {
        readAll: (o) => this.readAll(o),
        ...(readPage && { readPage: (o: { after: number; maxCount: number }) => readPage(o) }),
        onAppend: (wake) => {
          this.wakers.add(wake);
          return () => this.wakers.delete(wake);
        },
      },
      options,
      this.pollMs,
    );
    this.running.add(subscription);
    return {
      caughtUp: subscription.caughtUp,
      stop: async () => {
        this.running.delete(subscription);
        await subscription.stop();
      },
    };
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.running].map((s) => s.stop()));
    this.running.clear();
  }
}

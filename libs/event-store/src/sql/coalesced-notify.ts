import { AsyncResource } from 'node:async_hooks';

/**
 * Tells other processes that the log grew, at most one notice in flight: pokes that arrive while
 * one is being sent become ONE more after it. The notice goes in a transaction of its own, after
 * the append committed, because PostgreSQL serialises the commits of notifying transactions
 * across the cluster: inside the append it made every writer take turns. A lost notice (a crash
 * between commit and notice, a failed send) costs a listener one poll interval, never an event.
 */
export class CoalescedNotify {
  private state: 'idle' | 'sending' | 'again' = 'idle';
  private sending: Promise<void> = Promise.resolve();
  /**
   * The loop runs in the store's context, not in that of the write that poked it: the answer does
   * not wait for the notice, so it is not on the request's path (and its SQL is not counted there).
   */
  private readonly detachedLoop = AsyncResource.bind(() => this.loop());

  constructor(private readonly send: () => Promise<unknown>) {}

  poke(): void {
    if (this.state !== 'idle') {
      this.state = 'again';
      return;
    }
    this.state = 'sending';
    this.sending = this.detachedLoop();
  }

  /** Resolves when no notice is in flight, so the connection can be closed under none. */
  async settled(): Promise<void> {
    await this.sending;
  }

  private async loop(): Promise<void> {
    for (;;) {
      await this.send().catch(() => undefined);
      if (this.state !== 'again') break;
      this.state = 'sending';
    }
    this.state = 'idle';
  }
}

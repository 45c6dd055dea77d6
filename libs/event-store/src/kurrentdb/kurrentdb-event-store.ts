import {
  ANY,
  END,
  excludeSystemEvents,
  FORWARDS,
  jsonEvent,
  KurrentDBClient,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  UnavailableError as KurrentUnavailableError,
  CancelledError,
  convertToCommandError,
  DeadlineExceededError,
  MaxAppendSizeExceededError,
  UnknownError,
  WrongExpectedVersionError,
  type AllStreamSubscription,
  type AppendStreamState,
  type JSONEventType,
  type Position,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import { ConcurrencyError, PayloadTooLargeError, UnavailableError, type EventMetadata } from '@app/kernel';
import {
  EventStore,
  type AppendResult,
  type EventToAppend,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StoredEvent,
  type SubscribeOptions,
  type Subscription,
} from '../port/event-store.port';
import { PollingSubscriptions } from '../subscription/polling-subscriptions';

interface Recorded {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  created: Date;
  data: unknown;
  metadata: unknown;
  position?: Position;
}

function toState(expected: ExpectedRevision): AppendStreamState {
  if (expected === 'no_stream') return NO_STREAM;
  if (expected === 'stream_exists') return STREAM_EXISTS;
  if (expected === 'any') return ANY;
  return BigInt(expected);
}

/** Servers before 22.6 leave stream reads without a position, or send the all-ones sentinel. */
const UNKNOWN_POSITION = 2n ** 64n - 1n;

function positionOf(position: Position | undefined): number {
  if (!position || position.commit === UNKNOWN_POSITION) return -1;
  return Number(position.commit);
}

/**
 * The global position is the commit position: KurrentDB's own total order of the log (each event
 * of a non-transactional append has its own).
 */
function toStored(event: Recorded): StoredEvent {
  return {
    id: event.id,
    streamId: event.streamId,
    type: event.type,
    data: event.data,
    metadata: event.metadata as EventMetadata,
    revision: Number(event.revision),
    position: positionOf(event.position),
    recordedAt: event.created.toISOString(),
  };
}

function mapError(raw: unknown, streamId?: string): unknown {
  // Some client paths reject with the raw gRPC error (its capability check, made before the
  // first append and again after each reconnection); read it as the client reads its own.
  const error = raw instanceof Error ? convertToCommandError(raw) : raw;
  if (error instanceof WrongExpectedVersionError) {
    return new ConcurrencyError(
      `${streamId ?? error.streamName} is at ${String(error.actualState)}, expected ${String(error.expectedState)}`,
      error.expectedState,
      error.actualState,
    );
  }
  if (error instanceof MaxAppendSizeExceededError) {
    // The server refuses the whole append (KurrentDB's MaxAppendSize, 1 MiB by default): a
    // request too large, never a 500. A command's events are one atomic append, so they are
    // not split across appends.
    return new PayloadTooLargeError(
      `The events for ${streamId ?? 'the stream'} exceed KurrentDB's maximum append size of ${error.maxAppendSize} bytes (Maximum Append Size of ${error.maxAppendSize} Exceeded)`,
      'append_too_large',
    );
  }
  // CANCELLED is what an append in flight on the batch stream gets when the server goes away.
  if (
    error instanceof KurrentUnavailableError ||
    error instanceof DeadlineExceededError ||
    error instanceof CancelledError
  ) {
    return new UnavailableError(`KurrentDB is unreachable: ${error.message}`);
  }
  return error;
}

/**
 * Reads go through the client's native addon, which reports every gRPC status it does not map
 * (RESOURCE_EXHAUSTED from a busy server, ABORTED from a server timeout) as an `UnknownError`.
 * For a read none of them is the caller's fault: a 503, so the caller retries, not a 500.
 */
function mapReadError(error: unknown, streamId?: string): unknown {
  if (error instanceof UnknownError) {
    return new UnavailableError(`KurrentDB could not serve the read: ${error.message}`);
  }
  return mapError(error, streamId);
}

/** Resubscription delays after the server drops the live subscription: quick first, then backing off. */
const LIVE_RETRY_MIN_MS = 100;
const LIVE_RETRY_MAX_MS = 5000;

/**
 * The production store, through the official client. Subscriptions reuse the SQL stores'
 * catch-up-then-poll loop over `readAll`, woken by one live `subscribeToAll`, so delivery,
 * checkpoints and `stop()` behave exactly as the contract suite expects of every adapter.
 */
export class KurrentDbEventStore extends EventStore {
  private readonly subscriptions: PollingSubscriptions;
  private live?: AllStreamSubscription;
  /** The last position the live subscription delivered: where a resubscription resumes. */
  private livePosition?: Position;
  private liveRetry?: NodeJS.Timeout;
  private liveRetryMs = LIVE_RETRY_MIN_MS;
  private closed = false;

  private constructor(
    private readonly client: KurrentDBClient,
    pollMs: number,
    private readonly readTimeoutMs: number,
  ) {
    super();
    this.subscriptions = new PollingSubscriptions((o) => this.readAll(o), pollMs);
  }

  /**
   * `readTimeoutMs`: how long a read may go unanswered. The native read path takes no deadline
   * and waits forever on a server that accepted the call and went silent; the adapter answers
   * `UnavailableError` instead (10 s, the client's own default deadline for its other calls).
   */
  static connect(
    connectionString: string,
    pollMs = 1000,
    { readTimeoutMs = 10_000 }: { readTimeoutMs?: number } = {},
  ): KurrentDbEventStore {
    return new KurrentDbEventStore(KurrentDBClient.connectionString(connectionString), pollMs, readTimeoutMs);
  }

  async append(
    streamId: string,
    events: EventToAppend[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    try {
      const result = await this.client.appendToStream(
        streamId,
        events.map((e) =>
          jsonEvent<JSONEventType>({
            id: e.id,
            type: e.type,
            data: (e.data ?? null) as JSONEventType['data'],
            metadata: e.metadata,
          }),
        ),
        { streamState: toState(expectedRevision) },
      );
      this.subscriptions.wake();
      return {
        nextRevision: Number(result.nextExpectedRevision),
        position: positionOf(result.position),
      };
    } catch (error) {
      throw mapError(error, streamId);
    }
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    return this.withReadDeadline(`a read of ${streamId}`, () => this.readStreamNow(streamId, options));
  }

  private async readStreamNow(streamId: string, options: ReadStreamOptions): Promise<StoredEvent[]> {
    const out: StoredEvent[] = [];
    try {
      const events = this.client.readStream(streamId, {
        direction: FORWARDS,
        fromRevision: options.fromRevision ? BigInt(options.fromRevision) : START,
        ...(options.maxCount !== undefined && { maxCount: options.maxCount }),
      });
      for await (const resolved of events) {
        if (!resolved.event) continue;
        const stored = toStored(resolved.event as Recorded);
        if (options.toPosition !== undefined && stored.position > options.toPosition) break;
        out.push(stored);
      }
      return out;
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw mapReadError(error, streamId);
    }
  }

  readAll(options: ReadAllOptions): Promise<StoredEvent[]> {
    return this.withReadDeadline('a read of $all', () => this.readAllNow(options));
  }

  private async readAllNow(options: ReadAllOptions): Promise<StoredEvent[]> {
    const after = options.after ?? -1;
    const out: StoredEvent[] = [];
    try {
      // `fromPosition` is inclusive, so ask for one more and drop the checkpoint itself.
      const events = this.client.readAll({
        direction: FORWARDS,
        fromPosition: after < 0 ? START : { commit: BigInt(after), prepare: BigInt(after) },
        maxCount: options.maxCount + 1,
        filter: excludeSystemEvents(),
      });
      for await (const resolved of events) {
        if (!resolved.event) continue;
        const stored = toStored(resolved.event as Recorded);
        if (stored.position <= after) continue;
        out.push(stored);
        if (out.length === options.maxCount) break;
      }
      return out;
    } catch (error) {
      throw mapReadError(error);
    }
  }

  subscribe(options: SubscribeOptions): Subscription {
    this.followLive();
    return this.subscriptions.subscribe(options);
  }

  /**
   * Appends by other processes wake the subscriptions. The server may end the live subscription
   * (the client then emits `end`/`close`, not `error`) or drop it with its connection; either
   * way the adapter subscribes again from the last position it saw, and wakes the polling loops
   * once it is confirmed, so an append made while it was down is read at once. Delivery itself
   * stays with the polling loops, which read strictly after their own checkpoints: a missed or
   * repeated wake-up can delay an event, never lose or double it.
   */
  private followLive(): void {
    if (this.live || this.liveRetry || this.closed) return;
    const live = this.client.subscribeToAll({
      fromPosition: this.livePosition ?? END,
      filter: excludeSystemEvents(),
    });
    this.live = live;
    live.on('confirmation', () => {
      this.liveRetryMs = LIVE_RETRY_MIN_MS;
      this.subscriptions.wake();
    });
    live.on('data', (resolved: ResolvedEvent) => {
      if (resolved.event?.position) this.livePosition = resolved.event.position;
      this.subscriptions.wake();
    });
    const dropped = () => {
      if (this.live !== live) return;
      this.live = undefined;
      if (this.closed) return;
      this.liveRetry = setTimeout(() => {
        this.liveRetry = undefined;
        this.followLive();
      }, this.liveRetryMs);
      this.liveRetry.unref();
      this.liveRetryMs = Math.min(this.liveRetryMs * 2, LIVE_RETRY_MAX_MS);
    };
    live.on('error', dropped);
    live.on('end', dropped);
    live.on('close', dropped);
  }

  ping(): Promise<void> {
    return this.withReadDeadline('a ping', async () => {
      try {
        for await (const _ of this.client.readAll({ maxCount: 1, fromPosition: START })) break;
      } catch (error) {
        throw mapReadError(error);
      }
    });
  }

  private async withReadDeadline<T>(what: string, read: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(new UnavailableError(`KurrentDB did not answer ${what} within ${this.readTimeoutMs} ms`)),
        this.readTimeoutMs,
      );
    });
    const work = read();
    // A read that fails after its deadline has nobody left to tell.
    work.catch(() => undefined);
    try {
      return await Promise.race([work, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.liveRetry);
    await this.subscriptions.stopAll();
    await this.live?.unsubscribe().catch(() => undefined);
    await this.client.dispose();
  }
}

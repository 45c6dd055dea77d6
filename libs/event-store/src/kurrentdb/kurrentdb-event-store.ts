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
  DeadlineExceededError,
  WrongExpectedVersionError,
  type AllStreamSubscription,
  type AppendStreamState,
  type JSONEventType,
  type Position,
} from '@kurrent/kurrentdb-client';
import { ConcurrencyError, UnavailableError, type EventMetadata } from '@app/kernel';
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

function mapError(error: unknown, streamId?: string): unknown {
  if (error instanceof WrongExpectedVersionError) {
    return new ConcurrencyError(
      `${streamId ?? error.streamName} is at ${String(error.actualState)}, expected ${String(error.expectedState)}`,
      error.expectedState,
      error.actualState,
    );
  }
  if (error instanceof KurrentUnavailableError || error instanceof DeadlineExceededError) {
    return new UnavailableError(`KurrentDB is unreachable: ${error.message}`);
  }
  return error;
}

/**
 * The production store, through the official client. Subscriptions reuse the SQL stores'
 * catch-up-then-poll loop over `readAll`, woken by one live `subscribeToAll`, so delivery,
 * checkpoints and `stop()` behave exactly as the contract suite expects of every adapter.
 */
export class KurrentDbEventStore extends EventStore {
  private readonly subscriptions: PollingSubscriptions;
  private live?: AllStreamSubscription;

  private constructor(
    private readonly client: KurrentDBClient,
    pollMs: number,
  ) {
    super();
    this.subscriptions = new PollingSubscriptions((o) => this.readAll(o), pollMs);
  }

  static connect(connectionString: string, pollMs = 1000): KurrentDbEventStore {
    return new KurrentDbEventStore(KurrentDBClient.connectionString(connectionString), pollMs);
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

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
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
      throw mapError(error, streamId);
    }
  }

  async readAll(options: ReadAllOptions): Promise<StoredEvent[]> {
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
      throw mapError(error);
    }
  }

  subscribe(options: SubscribeOptions): Subscription {
    this.followLive();
    return this.subscriptions.subscribe(options);
  }

  /** Appends by other processes wake the subscriptions; polling covers a dropped connection. */
  private followLive(): void {
    if (this.live) return;
    this.live = this.client.subscribeToAll({ fromPosition: END, filter: excludeSystemEvents() });
    this.live.on('data', () => this.subscriptions.wake());
    this.live.on('error', () => {
      this.live = undefined;
    });
  }

  async ping(): Promise<void> {
    try {
      for await (const _ of this.client.readAll({ maxCount: 1, fromPosition: START })) break;
    } catch (error) {
      throw mapError(error);
    }
  }

  async close(): Promise<void> {
    await this.subscriptions.stopAll();
    await this.live?.unsubscribe().catch(() => undefined);
    await this.client.dispose();
  }
}

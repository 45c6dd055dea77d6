import type { EventMetadata } from '@app/kernel';

/**
 * Expected revision on append, with KurrentDB's semantics whatever the adapter:
 * `no_stream` refuses an existing stream, `stream_exists` refuses a missing one, `any` checks
 * nothing, a number must equal the stream's last revision (revisions count from 0).
 */
export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | number;

/** An event to append. `id` is the idempotency key: an id already stored is not stored again. */
export interface EventToAppend {
  id: string;
  type: string;
  data: unknown;
  metadata: EventMetadata;
}

/** An event as stored: with its stream revision and its position in the global log. */
export interface StoredEvent<TData = unknown> {
  id: string;
  streamId: string;
  type: string;
  data: TData;
  metadata: EventMetadata;
  /** 0-based position within its stream. */
  revision: number;
  /** Position in the global log; strictly increasing in commit order. */
  position: number;
  /** Server time of the append (equals metadata.recordedAt for events appended by this engine). */
  recordedAt: string;
}

export interface AppendResult {
  /** The stream's revision after the append (the last event's revision). */
  nextRevision: number;
  /** Global position of the last event appended. */
  position: number;
}

export interface ReadStreamOptions {
  /** First revision to return (inclusive). Default 0. */
  fromRevision?: number;
  /** At most this many events. */
  maxCount?: number;
  /** Only events at or before this global position. */
  toPosition?: number;
}

export interface ReadAllOptions {
  /** Return events strictly after this position; omit (or -1) to start at the beginning. */
  after?: number;
  /** Batch size. */
  maxCount: number;
}

export interface SubscribeOptions {
  /** Checkpoint: the last position already handled; delivery starts strictly after it. */
  after?: number;
  /** Called with each batch in global order; the next batch waits for the promise. */
  handle(events: StoredEvent[]): Promise<void>;
  batchSize?: number;
  /** Called when `handle` or a read throws; the subscription then stops. */
  onError?(error: unknown): void;
}

export interface Subscription {
  /** Resolves when the handler has finished its current batch and nothing more will be delivered. */
  stop(): Promise<void>;
  /** Resolves once the subscription has caught up with the log as it was when it started. */
  readonly caughtUp: Promise<void>;
}

/**
 * The one port every adapter implements. Errors: `ConcurrencyError` (kernel) for an expected
 * revision that does not hold, `UnavailableError` when the backing store cannot be reached.
 */
export abstract class EventStore {
  abstract append(
    streamId: string,
    events: EventToAppend[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult>;
  /** A stream's events in revision order; an empty list for a stream that does not exist. */
  abstract readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;
  /** A batch of the global log in position order. */
  abstract readAll(options: ReadAllOptions): Promise<StoredEvent[]>;
  /** Catch up from the checkpoint, then follow live appends, in global order, each event once. */
  abstract subscribe(options: SubscribeOptions): Subscription;
  /** Throws when the store cannot be reached. */
  abstract ping(): Promise<void>;
  abstract close(): Promise<void>;

  /**
   * A store that is its database's only writer (the embedded one: its data directory is locked to
   * one process) tells `listener` of every append it makes, with the stream's last revision
   * after it, or `undefined` when an append failed and may or may not have committed, and
   * answers true: a reader then knows its kept state of a stream is current without reading it.
   * Any other store answers false and never calls it.
   */
  watchAppends(listener: AppendListener): boolean {
    void listener;
    return false;
  }
}

export type AppendListener = (streamId: string, lastRevision: number | undefined) => void;

/**
 * `hearing-c1~42` -> `hearing`. Stream ids start with `<category>-` whatever follows (a case's
 * `<councilId>~<caseId>`, a council's id, or a case id written before the namespace): kernel
 * `case-stream` makes and reads them.
 */
export function categoryOf(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash === -1 ? streamId : streamId.slice(0, dash);
}

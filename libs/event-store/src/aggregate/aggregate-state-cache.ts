/**
 * What the executor remembers of a stream after reading or writing it: enough to decide the next
 * command without folding the stream from its first event (issue 14, item 4). An entry is trusted
 * only as far as it can be proven: an append made on it expects its `revision`, and a refusal or
 * no-op made on it is checked against the events after `revision` (CommandExecutor).
 */
export interface CachedAggregate<S = unknown> {
  /** The decider whose fold `state` is; a stream read by another decider is folded anew. */
  owner: object;
  /** Revision of the last event folded into `state` (-1: the stream does not exist yet). */
  revision: number;
  state: S;
  /** `metadata.hash` of the event at `revision`: the next event's chain link (hash-chain.ts). */
  lastHash?: string;
  /** `metadata.occurredAt` of the stream's first event: when its case began (business time). */
  began?: string;
}

/** Enough streams for every case a busy council touches in a day, without an unbounded heap. */
export const DEFAULT_CACHED_STREAMS = 10_000;

/** Least recently used streams go first: a Map iterates in insertion order, so a hit re-inserts. */
export class AggregateStateCache {
  private readonly entries = new Map<string, CachedAggregate>();

  constructor(private readonly capacity = DEFAULT_CACHED_STREAMS) {}

  get<S>(streamId: string, owner: object): CachedAggregate<S> | undefined {
    const entry = this.entries.get(streamId);
    if (entry === undefined) return undefined;
    this.entries.delete(streamId);
    if (entry.owner !== owner) return undefined;
    this.entries.set(streamId, entry);
    return entry as CachedAggregate<S>;
  }

  set(streamId: string, entry: CachedAggregate): void {
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  drop(streamId: string): void {
    this.entries.delete(streamId);
  }

  /** Drops the entry unless it already stands at `revision` (undefined: drops it anyway). */
  dropIfBehind(streamId: string, revision: number | undefined): void {
    const entry = this.entries.get(streamId);
    if (entry !== undefined && (revision === undefined || entry.revision < revision))
      this.entries.delete(streamId);
  }

  get size(): number {
    return this.entries.size;
  }
}

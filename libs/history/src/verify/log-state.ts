import { createHash } from 'node:crypto';
import type { StoredEvent } from '@app/event-store/port/event-store.port';

/** What a seal records of one stream: enough to notice it was cut, rewritten or moved. */
export interface StreamState {
  length: number;
  lastHash: string;
  firstPosition: number;
  lastPosition: number;
  /** A chain over the stream's (revision, position) pairs: changes when any event moves. */
  positionsDigest: string;
}

/** The log's shape at a moment: per stream, and a digest over the global order of all events. */
export interface LogState {
  position: number;
  events: number;
  /** A chain over (position, stream, revision, hash) of every event in global order. */
  orderDigest: string;
  streams: Map<string, StreamState>;
}

const link = (previous: string, item: string) =>
  createHash('sha256').update(previous).update('\n').update(item).digest('hex');

export function emptyLogState(): LogState {
  return { position: -1, events: 0, orderDigest: '', streams: new Map() };
}

export function noteEvent(state: LogState, event: StoredEvent): void {
  const hash = typeof event.metadata.hash === 'string' ? event.metadata.hash : '';
  const stream = state.streams.get(event.streamId);
  state.streams.set(event.streamId, {
    length: (stream?.length ?? 0) + 1,
    lastHash: hash,
    firstPosition: stream?.firstPosition ?? event.position,
    lastPosition: event.position,
    positionsDigest: link(stream?.positionsDigest ?? '', `${event.revision} ${event.position}`),
  });
  state.position = Math.max(state.position, event.position);
  state.events++;
  state.orderDigest = link(
    state.orderDigest,
    `${event.position} ${event.streamId} ${event.revision} ${hash}`,
  );
}

export function snapshotLogState(state: LogState): LogState {
  return { ...state, streams: new Map(state.streams) };
}

// Direct paths: the CLI loads this without the Nest wiring of the barrel.
import { eventHash, HASH_KEY_FIELD } from '@app/event-store/aggregate/hash-chain';
import type { HistoryKeyring } from '@app/event-store/aggregate/history-key';
import type { EventStore, StoredEvent } from '@app/event-store/port/event-store.port';
import { emptyLogState, noteEvent, snapshotLogState, type LogState } from './log-state';

export type ChainBreakReason =
  | 'hash-mismatch'
  | 'no-hash'
  | 'revision-gap'
  | 'unknown-key'
  | 'unkeyed-after-keyed'
  | 'position-not-rising'
  | 'time-went-back';

export interface ChainBreak {
  streamId: string;
  revision: number;
  position: number;
  eventId: string;
  type: string;
  reason: ChainBreakReason;
}

export interface VerifyResult {
  events: number;
  streams: number;
  /** In log order; the first is the first event whose chain breaks. */
  breaks: ChainBreak[];
  /** Events hashed under a history key and checked with it. */
  keyed: number;
  /** Events from before the history key (plain sha256), checked as such. */
  legacy: number;
  /** Streams whose events are all legacy: no keyed event anchors them; only a seal does. */
  unanchoredStreams: number;
  /** Keyed events that could not be checked because no key was given (an evaluator's run). */
  unchecked: number;
  /** Each stream's length and last hash, the order digest: what a seal records and is checked against. */
  state: LogState;
  /** The same as of `sealPosition` when one was asked for (the state a kept seal describes). */
  stateAtSeal?: LogState;
}

export interface VerifyOptions {
  /** The history keys; without them keyed hashes are counted as unchecked (seals still hold). */
  keys?: HistoryKeyring;
  batchSize?: number;
  onBatch?(checked: number): void;
  /** Also take the log's state as it stood at this global position (to compare with a seal). */
  sealPosition?: number;
}

interface Last {
  revision: number;
  hash?: string;
  recordedAt: number;
  keyed: boolean;
}

/**
 * Issues 7 and 22: walk the whole log in global order and check, event by event,
 * - its stream's revisions are 0, 1, 2 … in the order of their global positions (so positions
 *   rise within each stream), and global positions never repeat or fall;
 * - recording times never go back within a stream;
 * - its hash: an HMAC under the history key named in `metadata.hashKey`, over its content and
 *   the stored hash of the event before it in its stream. Each tampered event is named on its
 *   own: the next is checked against the previous event's stored hash.
 * Legacy events (no `hashKey`, written before the key existed) are accepted only as a prefix of
 * the log: once a keyed event has been recorded, an unkeyed one after it is a forgery (an edited
 * event re-hashed without the key). A stream's legacy part is anchored by its first keyed event,
 * whose HMAC covers the hash before it.
 */
export async function verifyHashChains(
  store: EventStore,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const last = new Map<string, Last>();
  const breaks: ChainBreak[] = [];
  const state = emptyLogState();
  let stateAtSeal: LogState | undefined;
  let events = 0;
  let keyed = 0;
  let legacy = 0;
  let unchecked = 0;
  let keyedSeen = false;
  let previousPosition = -Infinity;
  let after = -1;
  for (;;) {
    const batch = await store.readAll({ after, maxCount: options.batchSize ?? 1000 });
    if (batch.length === 0) break;
    for (const event of batch) {
      if (options.sealPosition !== undefined && !stateAtSeal && event.position > options.sealPosition) {
        stateAtSeal = snapshotLogState(state);
      }
      const previous = last.get(event.streamId);
      const isKeyed = typeof event.metadata[HASH_KEY_FIELD] === 'string';
      const reason =
        event.position <= previousPosition
          ? ('position-not-rising' as const)
          : (structural(event, previous) ?? hashCheck(event, previous, keyedSeen, options.keys));
      if (reason === 'unchecked') unchecked++;
      else if (reason) breaks.push(describeBreak(event, reason));
      if (isKeyed) keyed++;
      else legacy++;
      keyedSeen ||= isKeyed;
      previousPosition = Math.max(previousPosition, event.position);
      last.set(event.streamId, {
        revision: event.revision,
        hash: event.metadata.hash as string | undefined,
        recordedAt: Math.max(recordedAt(event), previous?.recordedAt ?? -Infinity),
        keyed: isKeyed || previous?.keyed === true,
      });
      noteEvent(state, event);
    }
    events += batch.length;
    after = batch[batch.length - 1].position;
    options.onBatch?.(events);
  }
  if (options.sealPosition !== undefined && !stateAtSeal) stateAtSeal = snapshotLogState(state);
  const unanchoredStreams = [...last.values()].filter((l) => !l.keyed).length;
  return {
    events,
    streams: last.size,
    breaks,
    keyed: keyed - unchecked,
    legacy,
    unanchoredStreams,
    unchecked,
    state,
    ...(stateAtSeal && { stateAtSeal }),
  };
}

function recordedAt(event: StoredEvent): number {
  return Date.parse(event.metadata.recordedAt ?? event.recordedAt);
}

function structural(event: StoredEvent, previous: Last | undefined): ChainBreakReason | undefined {
  const expectedRevision = previous ? previous.revision + 1 : 0;
  if (event.revision !== expectedRevision) return 'revision-gap';
  if (previous && recordedAt(event) < previous.recordedAt) return 'time-went-back';
  return undefined;
}

function hashCheck(
  event: StoredEvent,
  previous: Last | undefined,
  keyedSeen: boolean,
  keys: HistoryKeyring | undefined,
): ChainBreakReason | 'unchecked' | undefined {
  const stored = event.metadata.hash;
  if (typeof stored !== 'string') return 'no-hash';
  const keyId = event.metadata[HASH_KEY_FIELD];
  if (typeof keyId !== 'string' && keyedSeen) return 'unkeyed-after-keyed';
  let key;
  if (typeof keyId === 'string') {
    if (!keys) return 'unchecked';
    key = keys.get(keyId);
    if (!key) return 'unknown-key';
  }
  const recomputed = eventHash(
    previous?.hash,
    {
      streamId: event.streamId,
      revision: event.revision,
      id: event.id,
      type: event.type,
      data: event.data,
      metadata: event.metadata,
    },
    key,
  );
  return recomputed === stored ? undefined : 'hash-mismatch';
}

function describeBreak(event: StoredEvent, reason: ChainBreakReason): ChainBreak {
  return {
    streamId: event.streamId,
    revision: event.revision,
    position: event.position,
    eventId: event.id,
    type: event.type,
    reason,
  };
}

const WHY: Record<ChainBreakReason, string> = {
  'hash-mismatch': 'its content does not match its hash (changed after it was recorded)',
  'no-hash': 'it carries no hash',
  'revision-gap': 'an event before it in the stream is missing or out of order',
  'unknown-key': 'it names a history key this installation does not hold',
  'unkeyed-after-keyed':
    'it carries an unkeyed hash although the log was already keyed (re-hashed without the key)',
  'position-not-rising': 'its global position repeats or falls behind the one before it',
  'time-went-back': 'it was recorded before the event before it in its stream',
};

export function describeChainBreak(b: ChainBreak): string {
  return `${b.streamId} revision ${b.revision} (event ${b.eventId}, ${b.type}, position ${b.position}): ${WHY[b.reason]}`;
}

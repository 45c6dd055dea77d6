import { createHash, createHmac } from 'node:crypto';
import { canonicalJson } from '@app/kernel';
import type { EventToAppend, StoredEvent } from '../port/event-store.port';
import type { HistoryKey } from './history-key';

/**
 * Tamper evidence: each event's hash covers its content and the previous event's hash in the
 * same stream, so changing any stored event breaks the chain from that event on.
 *
 * Since issue 22 the hash is an HMAC-SHA256 under the history key, which lives outside the
 * database (HISTORY_KEY, or DATA_DIR/history-key): whoever can write the database but does not
 * hold the key cannot recompute a hash after editing an event. The key's id is stored beside the
 * hash (`metadata.hashKey`) so a rotated key's events stay checkable. Events written before the
 * key existed carry a plain sha256 and no `hashKey`: legacy, checked as what they are.
 */
export interface HashedContent {
  streamId: string;
  revision: number;
  id: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
}

/** The key's id as stored in `metadata.hashKey`; absent on legacy (unkeyed) events. */
export const HASH_KEY_FIELD = 'hashKey';

export function eventHash(
  previousHash: string | undefined,
  content: HashedContent,
  key?: HistoryKey,
): string {
  const { hash: _hash, ...metadata } = content.metadata;
  const mac = key ? createHmac('sha256', key.secret) : createHash('sha256');
  return mac
    .update(previousHash ?? '')
    .update('\n')
    .update(canonicalJson({ ...content, metadata }))
    .digest('hex');
}

/**
 * Links events onto the end of a stream's chain, each hashed with the one before it under the
 * history key. The CommandExecutor stamps every append so; whatever writes a log by hand (test
 * fixtures, the replay bench) links it the same way, so `verify` holds on it too. Without a key
 * the chain is the legacy unkeyed one (only tests of legacy logs write that).
 */
export function chainEvents(
  streamId: string,
  history: readonly StoredEvent[],
  events: EventToAppend[],
  key?: HistoryKey,
): EventToAppend[] {
  const head = { revision: history.length - 1, hash: history.at(-1)?.metadata.hash as string | undefined };
  return chainAfter(streamId, head, events, key);
}

/**
 * The same, from the stream's head alone (its revision and last hash): what the executor keeps
 * per stream, so it can link an append without the stream's history.
 */
export function chainAfter(
  streamId: string,
  head: { revision: number; hash?: string },
  events: EventToAppend[],
  key?: HistoryKey,
): EventToAppend[] {
  let previous = head.hash;
  return events.map((event, i) => {
    const metadata = key ? { ...event.metadata, [HASH_KEY_FIELD]: key.id } : event.metadata;
    const hash = eventHash(previous, { streamId, revision: head.revision + 1 + i, ...event, metadata }, key);
    previous = hash;
    return { ...event, metadata: { ...metadata, hash } };
  });
}

import { createHash } from 'node:crypto';
import { canonicalJson } from '@app/kernel';
import type { EventToAppend, StoredEvent } from '../port/event-store.port';

/**
 * Tamper evidence: each event's hash covers its content and the previous event's hash in the
 * same stream, so changing any stored event breaks the chain from that event on.
 */
export interface HashedContent {
  streamId: string;
  revision: number;
  id: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
}

export function eventHash(previousHash: string | undefined, content: HashedContent): string {
  const { hash: _hash, ...metadata } = content.metadata;
  return createHash('sha256')
    .update(previousHash ?? '')
    .update('\n')
    .update(canonicalJson({ ...content, metadata }))
    .digest('hex');
}

/**
 * Links events onto the end of a stream's chain, each hashed with the one before it. The
 * CommandExecutor stamps every append so; whatever writes a log by hand (test fixtures, the replay
 * bench) links it the same way, so `verify` holds on it too.
 */
export function chainEvents(
  streamId: string,
  history: readonly StoredEvent[],
  events: EventToAppend[],
): EventToAppend[] {
  let previous = history.at(-1)?.metadata.hash as string | undefined;
  return events.map((event, i) => {
    const hash = eventHash(previous, { streamId, revision: history.length + i, ...event });
    previous = hash;
    return { ...event, metadata: { ...event.metadata, hash } };
  });
}

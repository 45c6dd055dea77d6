import { eventHash, type EventStore, type StoredEvent } from '@app/event-store';

export interface ChainBreak {
  streamId: string;
  revision: number;
  position: number;
  eventId: string;
  type: string;
  reason: 'hash-mismatch' | 'no-hash' | 'revision-gap';
}

export interface VerifyResult {
  events: number;
  streams: number;
  /** In log order; the first is the first event whose chain breaks. */
  breaks: ChainBreak[];
}

/**
 * Issue 7, part 6: recompute every event's hash from its content and the stored hash of the
 * event before it in its stream, and compare with the hash it was stored with. Each tampered
 * event is named on its own: the next event is checked against the previous event's stored
 * hash, so one changed event does not make every later one look changed too.
 */
export async function verifyHashChains(
  store: EventStore,
  options: { batchSize?: number; onBatch?(checked: number): void } = {},
): Promise<VerifyResult> {
  const last = new Map<string, { revision: number; hash?: string }>();
  const breaks: ChainBreak[] = [];
  let events = 0;
  let after = -1;
  for (;;) {
    const batch = await store.readAll({ after, maxCount: options.batchSize ?? 1000 });
    if (batch.length === 0) break;
    for (const event of batch) {
      const previous = last.get(event.streamId);
      const reason = check(event, previous);
      if (reason) breaks.push(describeBreak(event, reason));
      last.set(event.streamId, { revision: event.revision, hash: event.metadata.hash as string | undefined });
    }
    events += batch.length;
    after = batch[batch.length - 1].position;
    options.onBatch?.(events);
  }
  return { events, streams: last.size, breaks };
}

function check(event: StoredEvent, previous: { revision: number; hash?: string } | undefined) {
  const expectedRevision = previous ? previous.revision + 1 : 0;
  if (event.revision !== expectedRevision) return 'revision-gap' as const;
  const stored = event.metadata.hash;
  if (typeof stored !== 'string') return 'no-hash' as const;
  const recomputed = eventHash(previous?.hash, {
    streamId: event.streamId,
    revision: event.revision,
    id: event.id,
    type: event.type,
    data: event.data,
    metadata: event.metadata,
  });
  return recomputed === stored ? undefined : ('hash-mismatch' as const);
}

function describeBreak(event: StoredEvent, reason: ChainBreak['reason']): ChainBreak {
  return {
    streamId: event.streamId,
    revision: event.revision,
    position: event.position,
    eventId: event.id,
    type: event.type,
    reason,
  };
}

export function describeChainBreak(b: ChainBreak): string {
  const why = {
    'hash-mismatch': 'its content does not match its hash (changed after it was recorded)',
    'no-hash': 'it carries no hash',
    'revision-gap': 'an event before it in the stream is missing',
  }[b.reason];
  return `${b.streamId} revision ${b.revision} (event ${b.eventId}, ${b.type}, position ${b.position}): ${why}`;
}

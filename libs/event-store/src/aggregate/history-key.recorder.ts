import { SYSTEM_ACTOR } from '@app/kernel';
import type { EventStore } from '../port/event-store.port';
import { chainEvents } from './hash-chain';
import type { HistoryKeyring } from './history-key';

/** One stream per key: its only event says from when the key was in use. */
export const historyKeyStream = (keyId: string) => `historyKey-${keyId}`;
export const HISTORY_KEY_INTRODUCED = 'HistoryKeyIntroduced';

/**
 * A key taken into use (the first one, or a rotation) is recorded as an event naming its id,
 * never the key. The event id is derived from the key id, so processes starting together record
 * it once (the id is the store's idempotency key).
 */
export async function recordHistoryKey(store: EventStore, keys: HistoryKeyring, now: Date): Promise<boolean> {
  const key = keys.current;
  const streamId = historyKeyStream(key.id);
  if ((await store.readStream(streamId, { maxCount: 1 })).length > 0) return false;
  const previous = keys.keys.length > 1 ? keys.keys[keys.keys.length - 2].id : undefined;
  const [event] = chainEvents(
    streamId,
    [],
    [
      {
        id: `history-key-${key.id}`,
        type: HISTORY_KEY_INTRODUCED,
        data: { keyId: key.id, ...(previous !== undefined && { replaces: previous }) },
        metadata: {
          actor: SYSTEM_ACTOR,
          correlationId: `history-key-${key.id}`,
          causationId: `history-key-${key.id}`,
          recordedAt: now.toISOString(),
        },
      },
    ],
    key,
  );
  try {
    await store.append(streamId, [event], 'no_stream');
    return true;
  } catch (error) {
    // Another process recorded it first.
    if ((await store.readStream(streamId, { maxCount: 1 })).length > 0) return false;
    throw error;
  }
}

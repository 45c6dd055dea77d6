import { randomUUID } from 'node:crypto';
import type { EventToAppend, StoredEvent } from '../port/event-store.port';

export function testEvent(type = 'SomethingHappened', data: Record<string, unknown> = {}): EventToAppend {
  return {
    id: randomUUID(),
    type,
    data,
    metadata: {
      actor: { personId: 'tester', role: 'admin' },
      correlationId: randomUUID(),
      causationId: randomUUID(),
      recordedAt: new Date().toISOString(),
    },
  };
}

export function testEvents(count: number, type = 'SomethingHappened'): EventToAppend[] {
  return Array.from({ length: count }, (_, i) => testEvent(type, { i }));
}

/** A stream id no other test uses, so tests can share one store. */
export function uniqueStream(category = 'test'): string {
  return `${category}-${randomUUID().replace(/-/g, '')}`;
}

/** Polls `condition` until it holds; fails after `timeoutMs` with `what` in the message. */
export async function waitUntil(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function positionsStrictlyIncrease(events: StoredEvent[]): boolean {
  return events.every((e, i) => i === 0 || e.position > events[i - 1].position);
}

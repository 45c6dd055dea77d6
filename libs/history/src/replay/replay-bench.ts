import { randomUUID } from 'node:crypto';
import { chainEvents, type EventStore, type EventToAppend, type HistoryKeyring } from '@app/event-store';
import type { SqlLike } from '../registry/history-projection';
import { rebuildReadModels, type RebuildOptions } from './rebuild-read-models';

/**
 * For `npm run bench` (issue 7: the replay rate over at least 100,000 events): fills an empty
 * store with `events` events spread over streams of `perStream`, the shape of a council's log
 * (many small cases), then times a full rebuild of the given read models.
 */
export async function seedBenchLog(
  store: EventStore,
  options: {
    events: number;
    perStream?: number;
    category?: string;
    councilId?: string;
    /** The history key to chain with, as the CommandExecutor would; omitted: a legacy unkeyed log. */
    keys?: HistoryKeyring;
  },
): Promise<void> {
  const perStream = options.perStream ?? 50;
  // A category no feature knows by default, so the app's own read models are not fed stand-ins.
  const category = options.category ?? 'bench';
  for (let written = 0, s = 0; written < options.events; s++) {
    const count = Math.min(perStream, options.events - written);
    const streamId = `${category}-bench${s}`;
    const events: EventToAppend[] = Array.from({ length: count }, (_, i) => ({
      id: randomUUID(),
      type: i === 0 ? 'BenchCaseOpened' : 'BenchCaseNoted',
      data: { i, text: 'Input from a member of the council, a sentence or two long.' },
      metadata: {
        actor: { personId: `member-${i % 10}`, role: 'member' as const },
        councilId: options.councilId ?? 'bench',
        correlationId: streamId,
        causationId: streamId,
        recordedAt: new Date(Date.UTC(2026, 0, 1) + (written + i) * 60_000).toISOString(),
      },
    }));
    // Chained like the CommandExecutor does, so `verify` holds on a bench log too.
    await store.append(streamId, chainEvents(streamId, [], events, options.keys?.current), 'no_stream');
    written += count;
  }
}

export async function benchReplay(
  store: EventStore,
  sql: SqlLike,
  projections: RebuildOptions['projections'],
): Promise<{ events: number; seconds: number; eventsPerSecond: number }> {
  const { events, ms } = await rebuildReadModels({ store, sql, projections, batchSize: 1000 });
  return { events, seconds: ms / 1000, eventsPerSecond: Math.round((events * 1000) / Math.max(ms, 1)) };
}

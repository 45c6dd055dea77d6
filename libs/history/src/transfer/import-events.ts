import type { EventStore, EventToAppend } from '@app/event-store';
import { InvalidInputError, InvalidStateError } from '@app/kernel';
import { parseExportedLine, type ExportedEvent } from './exported-event';

const MAX_BATCH = 500;

/**
 * Issue 7, part 7: load an export into an EMPTY store (of any adapter), keeping ids, revisions,
 * times and actors: metadata travels whole, hash included, so `verify` holds after the move.
 * Each append names the exact revision it expects, so a file with a gap or a repeat in a stream
 * is refused at that line instead of being stored out of shape.
 */
export async function importEvents(
  store: EventStore,
  lines: AsyncIterable<string> | Iterable<string>,
  options: { onBatch?(imported: number): void } = {},
): Promise<{ events: number; streams: number }> {
  if ((await store.readAll({ maxCount: 1 })).length > 0) {
    throw new InvalidStateError('import needs an empty event store; this one already holds events');
  }
  const next = new Map<string, number>();
  let pending: ExportedEvent[] = [];
  let imported = 0;
  let lineNumber = 0;

  const flush = async () => {
    if (pending.length === 0) return;
    const first = pending[0];
    const toAppend: EventToAppend[] = pending.map((e) => ({
      id: e.id,
      type: e.type,
      data: e.data,
      metadata: e.metadata,
    }));
    await store.append(first.streamId, toAppend, first.revision === 0 ? 'no_stream' : first.revision - 1);
    imported += pending.length;
    pending = [];
    options.onBatch?.(imported);
  };

  for await (const raw of lines) {
    lineNumber++;
    const line = raw.trim();
    if (line === '') continue;
    const event = parseExportedLine(line, lineNumber);
    const expected = next.get(event.streamId) ?? 0;
    if (event.revision !== expected) {
      throw new InvalidInputError(
        `line ${lineNumber}: ${event.streamId} revision ${event.revision} where ${expected} was expected`,
        'line',
      );
    }
    next.set(event.streamId, expected + 1);
    if (pending.length > 0 && (pending[0].streamId !== event.streamId || pending.length >= MAX_BATCH)) {
      await flush();
    }
    pending.push(event);
  }
  await flush();
  return { events: imported, streams: next.size };
}

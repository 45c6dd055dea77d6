import type { EventStore } from '@app/event-store';
import { councilOf } from '../case/case-stream.reader';
import { toExported } from './exported-event';

/**
 * Issue 7, part 7: every event of one council, in log order, one JSON object per line. Log
 * order keeps each stream's revisions ascending, which is what an import needs.
 */
export async function exportCouncil(
  store: EventStore,
  councilId: string,
  write: (line: string) => Promise<void> | void,
  options: { batchSize?: number; onBatch?(scanned: number): void } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 1000;
  let scanned = 0;
  let after = -1;
  let written = 0;
  for (;;) {
    const batch = await store.readAll({ after, maxCount: batchSize });
    if (batch.length === 0) return written;
    for (const event of batch) {
      if (councilOf(event) !== councilId) continue;
      await write(`${JSON.stringify(toExported(event))}\n`);
      written++;
    }
    after = batch[batch.length - 1].position;
    scanned += batch.length;
    options.onBatch?.(scanned);
  }
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertPgliteCanLoad } from '../testing/pglite-under-jest';
import { describeEventStoreContract } from '../testing/event-store.contract';
import { testEvents, uniqueStream } from '../testing/test-events';
import { PgliteSqlClient } from './pglite-sql-client';
import { SqlEventStore } from './sql-event-store';

describeEventStoreContract(
  'PGlite (in memory)',
  async () => {
    assertPgliteCanLoad();
    return SqlEventStore.create(await PgliteSqlClient.open());
  },
  (store) => store.close(),
  { concurrentWriters: true },
);

describe('PGlite event store on disk', () => {
  it('keeps its events when the directory is closed and opened again', async () => {
    assertPgliteCanLoad();
    const dir = mkdtempSync(join(tmpdir(), 'pglite-es-'));
    try {
      const stream = uniqueStream();
      const first = await SqlEventStore.create(await PgliteSqlClient.open(dir));
      const { position } = await first.append(stream, testEvents(3), 'no_stream');
      await first.close();

      const second = await SqlEventStore.create(await PgliteSqlClient.open(dir));
      const events = await second.readStream(stream);
      expect(events.map((e) => e.revision)).toEqual([0, 1, 2]);
      expect(events[2].position).toBe(position);
      expect((await second.append(stream, testEvents(1), 2)).nextRevision).toBe(3);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Two on-disk starts of PGlite (each boots PostgreSQL in WebAssembly): about 10 s, over 30 s
    // when the machine is shared with other suites.
  }, 90_000);
});

describe('PGlite event store lifecycle', () => {
  it('close() stops the subscriptions still running', async () => {
    assertPgliteCanLoad();
    const store = await SqlEventStore.create(await PgliteSqlClient.open(), { pollMs: 20 });
    const errors: unknown[] = [];
    const sub = store.subscribe({ handle: async () => undefined, onError: (e) => errors.push(e) });
    await sub.caughtUp;
    await store.close();
    await new Promise((r) => setTimeout(r, 100));
    expect(errors).toEqual([]);
    await sub.stop(); // harmless after close
  });
});

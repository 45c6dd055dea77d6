import { InvalidInputError, InvalidStateError } from '@app/kernel';
import { PgliteSqlClient } from '@app/event-store/sql/pglite-sql-client';
import { SqlEventStore } from '@app/event-store/sql/sql-event-store';
import { assertPgliteCanLoad } from '@app/event-store/testing/pglite-under-jest';
import type { EventStore, StoredEvent } from '@app/event-store';
import { CaseLinksProjection } from '../chain/case-links.projection';
import { CaseKindRegistry } from '../registry/case-kind-registry';
import type { SqlLike } from '../registry/history-projection';
import { readModelDigest } from '../replay/read-model-digest';
import { rebuildReadModels } from '../replay/rebuild-read-models';
import { openTestStore } from '../testing/history-test-store';
import { TEST_CASE_KINDS } from '../testing/test-case-kinds';
import { recordScenario } from '../testing/test-scenario';
import { TimelineProjection } from '../timeline/timeline.projection';
import { verifyHashChains } from '../verify/verify-hash-chains';
import { exportCouncil } from './export-events';
import { importEvents } from './import-events';

async function readAll(store: EventStore): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for (let after = -1; ;) {
    const batch = await store.readAll({ after, maxCount: 100 });
    if (batch.length === 0) return out;
    out.push(...batch);
    after = batch[batch.length - 1].position;
  }
}

async function exportLines(store: EventStore, councilId: string): Promise<string[]> {
  const lines: string[] = [];
  await exportCouncil(store, councilId, (line) => void lines.push(line), { batchSize: 4 });
  return lines;
}

const registry = new CaseKindRegistry(TEST_CASE_KINDS);
async function replayDigest(store: EventStore, sql: SqlLike): Promise<string> {
  await rebuildReadModels({
    store,
    sql,
    projections: [new CaseLinksProjection(registry, store), new TimelineProjection(registry)],
  });
  return (await readModelDigest(sql, ['case_links', 'timeline'])).digest;
}

describe('export and import', () => {
  let source: Awaited<ReturnType<typeof openTestStore>>;
  let target: Awaited<ReturnType<typeof openTestStore>>;

  beforeAll(async () => {
    source = await openTestStore('history_export');
    target = await openTestStore('history_import');
    await recordScenario(source.store);
  });
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  it("exports one council's events only, in log order, as JSON lines", async () => {
    const lines = await exportLines(source.store, 'c1');
    expect(lines).toHaveLength(8);
    expect(lines.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
    const parsed = lines.map((l) => JSON.parse(l) as StoredEvent);
    expect(parsed.map((e) => e.streamId)).not.toContain('hearing-x9');
    expect(parsed[1]).toMatchObject({
      streamId: 'hearing-h1',
      revision: 1,
      metadata: { actor: { personId: 'm-anna' } },
    });
  });

  it('imports into an empty store keeping ids, revisions, times, actors and hashes', async () => {
    const lines = await exportLines(source.store, 'c1');
    expect(await importEvents(target.store, lines)).toEqual({ events: 8, streams: 3 });
    const strip = ({ position: _p, ...e }: StoredEvent) => e;
    const original = (await readAll(source.store)).filter((e) => e.streamId !== 'hearing-x9').map(strip);
    expect((await readAll(target.store)).map(strip)).toEqual(original);
    expect((await verifyHashChains(target.store)).breaks).toEqual([]);
  });

  it('refuses a store that already holds events', async () => {
    await expect(importEvents(target.store, await exportLines(source.store, 'c1'))).rejects.toBeInstanceOf(
      InvalidStateError,
    );
  });

  it('refuses a file with a gap in a stream, naming the line', async () => {
    const other = await openTestStore('history_import_gap');
    try {
      const lines = await exportLines(source.store, 'c1');
      const gapped = [lines[0], lines[2]];
      await expect(importEvents(other.store, gapped)).rejects.toThrow(
        new InvalidInputError('line 2: hearing-h1 revision 2 where 1 was expected', 'line'),
      );
      await expect(importEvents(other.store, ['{"id": 1}'])).rejects.toThrow(/line 1: no id/);
    } finally {
      await other.close();
    }
  });

  it('export from the embedded store, import into PostgreSQL, replay: the same digest', async () => {
    assertPgliteCanLoad();
    const pglite = await PgliteSqlClient.open();
    const embedded = await SqlEventStore.create(pglite, { ownsClient: false });
    const postgres = await openTestStore('history_move');
    try {
      await recordScenario(embedded, 'c1', 'c1');
      const before = await replayDigest(embedded, pglite);
      const lines = await exportLines(embedded, 'c1');
      expect(lines).toHaveLength(9);
      await importEvents(postgres.store, lines);
      expect(await replayDigest(postgres.store, postgres.sql)).toBe(before);
    } finally {
      await embedded.close();
      await pglite.close();
      await postgres.close();
    }
  }, 120_000); // PGlite alone took 20 s to open on a loaded 2-core machine
});

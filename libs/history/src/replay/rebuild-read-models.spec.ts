import { CaseLinksProjection } from '../chain/case-links.projection';
import { CaseKindRegistry } from '../registry/case-kind-registry';
import type { HistoryProjection } from '../registry/history-projection';
import { openTestStore, TEST_HISTORY_KEYS } from '../testing/history-test-store';
import { TEST_CASE_KINDS } from '../testing/test-case-kinds';
import { recordScenario } from '../testing/test-scenario';
import { TimelineProjection } from '../timeline/timeline.projection';
import { countEvents, readModelDigest, readModelTables } from './read-model-digest';
import { progressLine, rebuildReadModels, type RebuildProgress } from './rebuild-read-models';
import { verifyHashChains } from '../verify/verify-hash-chains';
import { benchReplay, seedBenchLog } from './replay-bench';

/** The same projection without its batch path, as the ProjectionRunner drives it. */
const oneByOne = (p: HistoryProjection) => ({
  name: p.name,
  setup: p.setup.bind(p),
  apply: p.apply.bind(p),
  reset: p.reset.bind(p),
});

describe('rebuilding the read models on PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof openTestStore>>;
  const registry = new CaseKindRegistry(TEST_CASE_KINDS);

  beforeAll(async () => {
    db = await openTestStore('history_rebuild');
    await recordScenario(db.store);
    await seedBenchLog(db.store, { events: 1234, perStream: 40, councilId: 'c1', keys: TEST_HISTORY_KEYS });
  });
  afterAll(() => db?.close());

  it('writes the same rows in batches as one event at a time, and reports its progress', async () => {
    const projections = () => [new CaseLinksProjection(registry, db.store), new TimelineProjection(registry)];
    const progress: RebuildProgress[] = [];
    const total = await countEvents(db.sql);
    expect(total).toBe(1243);
    const batched = await rebuildReadModels({
      store: db.store,
      sql: db.sql,
      projections: projections(),
      batchSize: 500,
      total,
      onProgress: (p) => progress.push(p),
    });
    expect(batched.events).toBe(1243);
    expect(progress.map((p) => p.done)).toEqual([500, 1000, 1243]);
    expect(progress.at(-1)).toMatchObject({ total: 1243, secondsLeft: 0 });
    expect(progressLine({ done: 500, total: 1000, perSecond: 250, secondsLeft: 2 })).toBe(
      '[##########..........] 500 / 1,000 events  250 ev/s  2 s left',
    );

    const tables = await readModelTables(db.sql);
    expect(tables).toEqual(['case_links', 'timeline']);
    const inBatches = await readModelDigest(db.sql, tables);
    expect(inBatches.tables.timeline.rows).toBe(1243);

    await rebuildReadModels({
      store: db.store,
      sql: db.sql,
      projections: projections().map(oneByOne),
      batchSize: 97,
    });
    expect(await readModelDigest(db.sql, tables)).toEqual(inBatches);
  });

  it('measures a replay for the bench', async () => {
    const result = await benchReplay(db.store, db.sql, [new TimelineProjection(registry)]);
    expect(result.events).toBe(1243);
    expect(result.eventsPerSecond).toBeGreaterThan(0);
    expect((await verifyHashChains(db.store, { keys: TEST_HISTORY_KEYS })).breaks).toEqual([]);
  });
});

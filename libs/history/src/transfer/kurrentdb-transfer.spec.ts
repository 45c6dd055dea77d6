import type { EventStore, StoredEvent } from '@app/event-store';
import { KurrentDbEventStore } from '@app/event-store/kurrentdb/kurrentdb-event-store';
import { PgliteSqlClient } from '@app/event-store/sql/pglite-sql-client';
import { SqlEventStore } from '@app/event-store/sql/sql-event-store';
import { KurrentDbDouble } from '@app/event-store/testing/kurrentdb-double/kurrentdb-double';
import { assertPgliteCanLoad } from '@app/event-store/testing/pglite-under-jest';
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

const registry = new CaseKindRegistry(TEST_CASE_KINDS);

async function exportLines(store: EventStore, councilId: string): Promise<string[]> {
  const lines: string[] = [];
  await exportCouncil(store, councilId, (line) => void lines.push(line), { batchSize: 4 });
  return lines;
}

async function replay(store: EventStore, sql: SqlLike): Promise<void> {
  await rebuildReadModels({
    store,
    sql,
    projections: [new CaseLinksProjection(registry, store), new TimelineProjection(registry)],
  });
}

async function digest(sql: SqlLike, tables = ['case_links', 'timeline']): Promise<string> {
  return (await readModelDigest(sql, tables)).digest;
}

/**
 * The timeline keys its rows by global position, and positions belong to a store: KurrentDB's
 * are byte offsets in its log, the SQL stores' count from 1. Moved through KurrentDB, every row
 * must be the same but for that column.
 */
async function timelineWithoutPositions(sql: SqlLike): Promise<string[]> {
  const { rows } = await sql.query<{ row: string }>(
    `SELECT (to_jsonb(t) - 'position')::text AS row FROM timeline t`,
  );
  return rows.map((r) => r.row).sort();
}

const withoutPosition = ({ position: _p, recordedAt: _r, ...e }: StoredEvent) => e;

/**
 * Moving a council between stores through KurrentDB, the production store, here the in-memory
 * protocol double through the unchanged adapter and official client: embedded -> KurrentDB ->
 * PostgreSQL, each replay giving the same read models (positions aside on KurrentDB) and the hash
 * chains intact.
 */
describe('export and import through KurrentDB (in-memory protocol double, not a real server)', () => {
  it('embedded -> KurrentDB -> PostgreSQL: the same events, hash chains and read-model digest', async () => {
    assertPgliteCanLoad();
    const pglite = await PgliteSqlClient.open();
    const embedded = await SqlEventStore.create(pglite, { ownsClient: false });
    const double = await KurrentDbDouble.start({ batchAppend: true });
    const kurrent = KurrentDbEventStore.connect(double.url, 100);
    // KurrentDB's read models live in PostgreSQL, as in production.
    const kurrentReadModels = await openTestStore('history_kurrent_rm');
    const postgres = await openTestStore('history_kurrent_move');
    try {
      await recordScenario(embedded, 'c1', 'c1');
      await replay(embedded, pglite);
      const before = await digest(pglite);
      const fromEmbedded = await exportLines(embedded, 'c1');

      expect((await importEvents(kurrent, fromEmbedded)).events).toBe(fromEmbedded.length);
      expect((await verifyHashChains(kurrent)).breaks).toEqual([]);
      await replay(kurrent, kurrentReadModels.sql);
      expect(await digest(kurrentReadModels.sql, ['case_links'])).toBe(await digest(pglite, ['case_links']));
      expect(await timelineWithoutPositions(kurrentReadModels.sql)).toEqual(
        await timelineWithoutPositions(pglite),
      );

      const fromKurrent = await exportLines(kurrent, 'c1');
      expect(fromKurrent.map((l) => withoutPosition(JSON.parse(l) as StoredEvent))).toEqual(
        fromEmbedded.map((l) => withoutPosition(JSON.parse(l) as StoredEvent)),
      );
      await importEvents(postgres.store, fromKurrent);
      expect((await verifyHashChains(postgres.store)).breaks).toEqual([]);
      await replay(postgres.store, postgres.sql);
      expect(await digest(postgres.sql)).toBe(before);
    } finally {
      await kurrent.close();
      await double.close();
      await kurrentReadModels.close();
      await embedded.close();
      await pglite.close();
      await postgres.close();
    }
    // Opening PGlite alone took 20 s on a loaded 2-core machine.
  }, 120_000);
});

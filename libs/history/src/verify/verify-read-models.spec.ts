import { PgliteSqlClient } from '@app/event-store/sql/pglite-sql-client';
import { CaseLinksProjection } from '../chain/case-links.projection';
import { CaseKindRegistry } from '../registry/case-kind-registry';
import { rebuildReadModels } from '../replay/rebuild-read-models';
import { openPgliteTestStore, openTestStore, type TestStore } from '../testing/history-test-store';
import { TEST_CASE_KINDS } from '../testing/test-case-kinds';
import { recordScenario } from '../testing/test-scenario';
import { TimelineProjection } from '../timeline/timeline.projection';
import { verifyReadModels } from './verify-read-models';

describe.each<[string, () => Promise<TestStore>]>([
  ['PostgreSQL', () => openTestStore('history_verify_rm')],
  ['PGlite', () => openPgliteTestStore()],
])('verifying the read models on %s (issue 22)', (_name, open) => {
  let db: TestStore;
  const registry = new CaseKindRegistry(TEST_CASE_KINDS);
  const projections = () => [new CaseLinksProjection(registry, db.store), new TimelineProjection(registry)];

  beforeAll(async () => {
    db = await open();
    await recordScenario(db.store);
    await rebuildReadModels({ store: db.store, sql: db.sql, projections: projections() });
  });
  afterAll(() => db?.close());

  const check = async () => {
    const scratch = await PgliteSqlClient.open();
    try {
      return await verifyReadModels({ store: db.store, live: db.sql, scratch, projections: projections() });
    } finally {
      await scratch.close();
    }
  };

  it('finds the live read models equal to a rebuild from the log', async () => {
    const result = await check();
    expect(result.tables.map((t) => t.table)).toEqual(['case_links', 'timeline']);
    expect(result.differing).toEqual([]);
    // Each check opens a scratch PGlite, which alone takes tens of seconds on a loaded 2-core machine.
  }, 120_000);

  it('names the table whose row was edited (a decision outcome changed in place)', async () => {
    await db.sql.query(
      `UPDATE timeline SET data = jsonb_set(data, '{outcome}', '"rejected"')
       WHERE case_id = 'p1' AND type = 'BudgetProposalDecided'`,
    );
    const result = await check();
    expect(result.differing).toEqual(['timeline']);
    expect(result.tables.find((t) => t.table === 'timeline')).toMatchObject({
      live: { rows: 9 },
      rebuilt: { rows: 9 },
    });
  }, 120_000);
});

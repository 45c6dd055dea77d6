import { randomUUID } from 'node:crypto';
import type { EventStore, StoredEvent } from '../port/event-store.port';
import { PgSqlClient } from '../sql/pg-sql-client';
import { PgliteSqlClient } from '../sql/pglite-sql-client';
import type { SqlClient } from '../sql/sql-client';
import { SqlEventStore } from '../sql/sql-event-store';
import { assertPgliteCanLoad } from '../testing/pglite-under-jest';
import { dropSchema, TEST_DATABASE_URL, testSchemaName } from '../testing/postgres-test-schema';
import { testEvents } from '../testing/test-events';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { StreamCategoryCountProjection } from './stream-category-count.projection';

/** Fails once on one event, as a crash mid-batch would. */
class CrashingOnce implements Projection {
  private crashed = false;
  constructor(
    private readonly inner: Projection,
    private readonly crashAt: number,
  ) {}
  get name() {
    return this.inner.name;
  }
  setup(tx: SqlClient) {
    return this.inner.setup(tx);
  }
  reset(tx: SqlClient) {
    return this.inner.reset(tx);
  }
  async apply(tx: SqlClient, event: StoredEvent) {
    await this.inner.apply(tx, event);
    if (!this.crashed && event.position === this.crashAt) {
      this.crashed = true;
      throw new Error('simulated crash');
    }
  }
}

function describeReadModel(name: string, open: () => Promise<{ sql: SqlClient; dispose(): Promise<void> }>) {
  describe(`stream category count read model on ${name}`, () => {
    let sql: SqlClient;
    let store: EventStore;
    let dispose: () => Promise<void>;
    const expected = { budgetProposal: 0, council: 0, hearing: 0 };
    let last = -1;

    async function write(perCategory: number): Promise<void> {
      for (const category of Object.keys(expected) as (keyof typeof expected)[]) {
        for (let i = 0; i < perCategory; i += 5) {
          last = (await store.append(`${category}-${randomUUID()}`, testEvents(5), 'no_stream')).position;
          expected[category] += 5;
        }
      }
    }

    beforeAll(async () => {
      ({ sql, dispose } = await open());
      store = await SqlEventStore.create(sql, { ownsClient: false, pollMs: 50 });
      await write(40);
    });
    afterAll(async () => {
      await store?.close();
      await dispose?.();
    });

    it('counts every event once, rebuilds to the same result, and resumes where it stopped', async () => {
      const runner = new ProjectionRunner(store, sql, [new StreamCategoryCountProjection()], {
        batchSize: 7,
      });
      await runner.start();
      await runner.waitFor(last, 10_000);
      expect(await StreamCategoryCountProjection.read(sql)).toEqual(expected);

      await runner.rebuild();
      expect(await StreamCategoryCountProjection.read(sql)).toEqual(expected);

      // Live: appends after catch-up reach the model.
      await write(10);
      await runner.waitFor(last, 10_000);
      expect(await StreamCategoryCountProjection.read(sql)).toEqual(expected);
      await runner.stop();

      // A restarted runner (a new process) continues from the stored checkpoint.
      await write(10);
      const restarted = new ProjectionRunner(store, sql, [new StreamCategoryCountProjection()], {
        batchSize: 7,
      });
      await restarted.start();
      await restarted.waitFor(last, 10_000);
      expect(await StreamCategoryCountProjection.read(sql)).toEqual(expected);
      await restarted.stop();
    });

    it('a crash mid-batch rolls back rows and checkpoint together: the restart equals a full replay', async () => {
      const all = await store.readAll({ after: -1, maxCount: 10_000 });
      await sql.transaction((tx) => new StreamCategoryCountProjection().reset(tx));
      await sql.query(`UPDATE projection_checkpoints SET position = -1 WHERE name = 'stream_category_count'`);

      const errors: unknown[] = [];
      const crashing = new ProjectionRunner(
        store,
        sql,
        [new CrashingOnce(new StreamCategoryCountProjection(), all[50].position)],
        { batchSize: 7, onError: (_, e) => errors.push(e) },
      );
      await crashing.start();
      await expect(crashing.waitFor(last, 10_000)).rejects.toThrow(/simulated crash/);
      await crashing.stop();
      expect(errors).toHaveLength(1);
      const stoppedAt = crashing.status().stream_category_count.position;
      expect(stoppedAt).toBeLessThan(all[50].position);
      const partial = await StreamCategoryCountProjection.read(sql);
      const partialTotal = Object.values(partial).reduce((a, b) => a + b, 0);
      expect(partialTotal).toBe(all.filter((e) => e.position <= stoppedAt).length);

      const restarted = new ProjectionRunner(store, sql, [new StreamCategoryCountProjection()], {
        batchSize: 7,
      });
      await restarted.start();
      await restarted.waitFor(last, 10_000);
      expect(await StreamCategoryCountProjection.read(sql)).toEqual(expected);
      await restarted.stop();
    });

    it('waitFor gives up after its timeout', async () => {
      const runner = new ProjectionRunner(store, sql, [new StreamCategoryCountProjection()]);
      await runner.start();
      await expect(runner.waitFor(last + 1_000_000, 100)).rejects.toThrow(/within 100 ms/);
      await runner.stop();
    });
  });
}

describeReadModel('PGlite', async () => {
  assertPgliteCanLoad();
  const sql = await PgliteSqlClient.open();
  return { sql, dispose: () => sql.close() };
});

describeReadModel('PostgreSQL', async () => {
  const schema = testSchemaName('es_projection');
  const sql = await PgSqlClient.connect({ connectionString: TEST_DATABASE_URL, schema });
  return {
    sql,
    dispose: async () => {
      await sql.close();
      await dropSchema(schema);
    },
  };
});

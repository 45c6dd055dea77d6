import type { StoredEvent } from '../port/event-store.port';
import { PgSqlClient } from '../sql/pg-sql-client';
import { PgliteSqlClient } from '../sql/pglite-sql-client';
import type { SqlClient } from '../sql/sql-client';
import { SqlEventStore } from '../sql/sql-event-store';
import { assertPgliteCanLoad } from '../testing/pglite-under-jest';
import { dropSchema, TEST_DATABASE_URL, testSchemaName } from '../testing/postgres-test-schema';
import { testEvent, testEvents, uniqueStream, waitUntil } from '../testing/test-events';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { StreamCategoryCountProjection } from './stream-category-count.projection';

/** An inline list: one row per event; a `Poison` event makes it throw, as a bug would. */
class InlineList implements Projection {
  readonly name = 'inline_list';
  readonly inline = true;
  async setup(tx: SqlClient) {
    await tx.query('CREATE TABLE IF NOT EXISTS inline_list (position bigint PRIMARY KEY, event_id text)');
  }
  async reset(tx: SqlClient) {
    await tx.query('DELETE FROM inline_list');
  }
  async apply(tx: SqlClient, event: StoredEvent) {
    if (event.type === 'Poison') throw new Error('inline projection broke');
    await tx.query('INSERT INTO inline_list (position, event_id) VALUES ($1, $2)', [
      event.position,
      event.id,
    ]);
  }
  static async rows(sql: SqlClient): Promise<{ position: number; id: string }[]> {
    const { rows } = await sql.query<{ position: string; event_id: string }>(
      'SELECT position, event_id FROM inline_list ORDER BY position',
    );
    return rows.map((r) => ({ position: Number(r.position), id: r.event_id }));
  }
}

/** A fed projection that throws on `Breaks` and leaves nothing behind when it does. */
class Breaking implements Projection {
  readonly name = 'breaking';
  async setup(tx: SqlClient) {
    await tx.query('CREATE TABLE IF NOT EXISTS breaking (position bigint PRIMARY KEY)');
  }
  async reset(tx: SqlClient) {
    await tx.query('DELETE FROM breaking');
  }
  async apply(tx: SqlClient, event: StoredEvent) {
    await tx.query('INSERT INTO breaking (position) VALUES ($1)', [event.position]);
    if (event.type === 'Breaks') throw new Error('fed projection broke');
  }
}

async function log(store: SqlEventStore): Promise<{ position: number; id: string }[]> {
  const all = await store.readAll({ after: -1, maxCount: 100_000 });
  return all.map((e) => ({ position: e.position, id: e.id }));
}

function describeInline(name: string, open: () => Promise<{ sql: SqlClient; dispose(): Promise<void> }>) {
  describe(`inline projections on ${name}`, () => {
    let sql: SqlClient;
    let store: SqlEventStore;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      ({ sql, dispose } = await open());
      store = await SqlEventStore.create(sql, { ownsClient: false, pollMs: 50 });
    }, 60_000);
    afterAll(async () => {
      await store?.close();
      await dispose?.();
    });

    it('catches up what was appended before it started, then is written by each append before it answers', async () => {
      await store.append(uniqueStream(), testEvents(5), 'no_stream');
      const runner = new ProjectionRunner(store, sql, [
        new InlineList(),
        new StreamCategoryCountProjection(),
      ]);
      await runner.start();
      expect(await InlineList.rows(sql)).toEqual(await log(store));

      for (let i = 0; i < 3; i++) {
        const { position } = await store.append(uniqueStream(), testEvents(2), 'no_stream');
        // No waiting: the rows committed with the events.
        expect((await InlineList.rows(sql)).at(-1)?.position).toBe(position);
      }
      expect(await InlineList.rows(sql)).toEqual(await log(store));
      expect(runner.status().inline_list.inline).toBe(true);
      // The shared subscription moves the inline model's checkpoint and feeds the count.
      const last = (await log(store)).at(-1)!.position;
      await runner.waitFor(last, 10_000);
      await waitUntil(() => runner.status().inline_list.position === last, 10_000, 'inline checkpoint');
      expect(await StreamCategoryCountProjection.read(sql)).toEqual({ test: 11 });
      await runner.stop();
    });

    it('a failing inline projection fails its own write only, also among concurrent appends', async () => {
      const runner = new ProjectionRunner(store, sql, [new InlineList()]);
      await runner.start();
      const poisoned = uniqueStream();
      const attempts = Array.from({ length: 24 }, (_, i) => {
        const stream = i === 11 ? poisoned : uniqueStream();
        const events = i === 11 ? [testEvent(), testEvent('Poison')] : testEvents(2);
        return store.append(stream, events, 'no_stream');
      });
      const outcomes = await Promise.allSettled(attempts);
      expect(outcomes.map((o) => o.status)).toEqual(
        outcomes.map((_, i) => (i === 11 ? 'rejected' : 'fulfilled')),
      );
      expect(await store.readStream(poisoned)).toEqual([]);
      // Every other append is stored, and every stored event is in the list.
      expect(await InlineList.rows(sql)).toEqual(await log(store));
      await runner.stop();
    });

    it('a fed projection that throws stops alone; the others in the subscription go on', async () => {
      const errors: string[] = [];
      const runner = new ProjectionRunner(
        store,
        sql,
        [new InlineList(), new StreamCategoryCountProjection(), new Breaking()],
        { retryMs: 60_000, onError: (projection) => errors.push(projection) },
      );
      await runner.start();
      await store.append(uniqueStream('odd'), [testEvent('Breaks'), testEvent()], 'no_stream');
      const { position } = await store.append(uniqueStream('odd'), testEvents(1), 'no_stream');
      await waitUntil(() => runner.status().stream_category_count.position >= position, 10_000, 'count');
      await waitUntil(() => errors.length > 0, 10_000, 'the failure');
      expect(errors).toEqual(['breaking']);
      expect(runner.status().breaking.error).toMatch(/fed projection broke/);
      expect(runner.status().breaking.position).toBeLessThan(position);
      expect((await StreamCategoryCountProjection.read(sql)).odd).toBe(3);
      // Its savepoint rolled back the row it wrote before throwing.
      const { rows } = await sql.query<{ n: string }>(
        'SELECT count(*) AS n FROM breaking WHERE position > $1',
        [runner.status().breaking.position],
      );
      expect(Number(rows[0].n)).toBe(0);
      await expect(runner.waitFor(position, 1000)).rejects.toThrow(/breaking has stopped/);
      await runner.stop();
    });

    it('rebuild replays an inline model from the log', async () => {
      const runner = new ProjectionRunner(store, sql, [new InlineList()]);
      await runner.start();
      await sql.query('DELETE FROM inline_list WHERE position % 2 = 0');
      await runner.rebuild('inline_list');
      expect(await InlineList.rows(sql)).toEqual(await log(store));
      await store.append(uniqueStream(), testEvents(1), 'no_stream');
      expect(await InlineList.rows(sql)).toEqual(await log(store));
      await runner.stop();
    });
  });
}

describeInline('PGlite', async () => {
  assertPgliteCanLoad();
  const sql = await PgliteSqlClient.open();
  return { sql, dispose: () => sql.close() };
});

describeInline('PostgreSQL', async () => {
  const schema = testSchemaName('es_inline');
  const sql = await PgSqlClient.connect({ connectionString: TEST_DATABASE_URL, schema });
  return {
    sql,
    dispose: async () => {
      await sql.close();
      await dropSchema(schema);
    },
  };
});

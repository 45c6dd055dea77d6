import { categoryOf, type StoredEvent } from '../port/event-store.port';
import type { SqlClient } from '../sql/sql-client';
import type { Projection } from './projection';

/** The smallest useful read model: how many events each stream category holds. */
export class StreamCategoryCountProjection implements Projection {
  readonly name = 'stream_category_count';

  async setup(tx: SqlClient): Promise<void> {
    await tx.query(`CREATE TABLE IF NOT EXISTS rm_stream_category_count (
      category text PRIMARY KEY,
      events   bigint NOT NULL
    )`);
  }

  async apply(tx: SqlClient, event: StoredEvent): Promise<void> {
    await tx.query(
      `INSERT INTO rm_stream_category_count (category, events) VALUES ($1, 1)
       ON CONFLICT (category) DO UPDATE SET events = rm_stream_category_count.events + 1`,
      [categoryOf(event.streamId)],
    );
  }

  async reset(tx: SqlClient): Promise<void> {
    await tx.query('DELETE FROM rm_stream_category_count');
  }

  static async read(sql: SqlClient): Promise<Record<string, number>> {
    const { rows } = await sql.query<{ category: string; events: string | number }>(
      'SELECT category, events FROM rm_stream_category_count ORDER BY category',
    );
    return Object.fromEntries(rows.map((r) => [r.category, Number(r.events)]));
  }
}

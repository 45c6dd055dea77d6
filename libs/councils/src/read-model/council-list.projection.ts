import type { StoredEvent } from '@app/event-store';
import type { CouncilEvent } from '../council/council.events';
import type { CouncilsProjection, SqlLike } from './sql-like';

/**
 * Which councils exist, for the admin's list (issue 15 item 8). Only the ids and their creation
 * order: the list folds each council's own small stream for the rest, so it never lags a write
 * to a council that already exists.
 */
export class CouncilListProjection implements CouncilsProjection {
  readonly name = 'councils_council_list';
  /** Read on the page a user opens right after writing: written in the append's transaction. */
  readonly inline = true;
  readonly tables = ['councils_council_list'] as const;

  async setup(tx: SqlLike): Promise<void> {
    await tx.query(`CREATE TABLE IF NOT EXISTS councils_council_list (
      council_id text   PRIMARY KEY,
      position   bigint NOT NULL
    )`);
  }

  async reset(tx: SqlLike): Promise<void> {
    await tx.query('DROP TABLE IF EXISTS councils_council_list');
  }

  async apply(tx: SqlLike, stored: StoredEvent): Promise<void> {
    const event = stored as unknown as CouncilEvent;
    if (event.type !== 'CouncilCreated') return;
    await tx.query(
      `INSERT INTO councils_council_list (council_id, position) VALUES ($1, $2)
       ON CONFLICT (council_id) DO NOTHING`,
      [event.data.councilId, stored.position],
    );
  }
}

/** Every council's id, oldest first. */
export async function listCouncilIds(sql: SqlLike): Promise<string[]> {
  const { rows } = await sql.query<{ council_id: string }>(
    'SELECT council_id FROM councils_council_list ORDER BY position, council_id',
  );
  return rows.map((r) => r.council_id);
}

import { Injectable } from '@nestjs/common';
import type { Projection, SqlClient, StoredEvent } from '@app/event-store';

/**
 * The ids of every council, so a sign-in by address can look each one up in its record (the
 * record has no index by address, and a council's record is where places are decided).
 */
@Injectable()
export class CouncilIdsProjection implements Projection {
  readonly name = 'sign_in_council_ids';

  async setup(tx: SqlClient): Promise<void> {
    await tx.query('CREATE TABLE IF NOT EXISTS sign_in_council_ids (council_id text PRIMARY KEY)');
  }

  async reset(tx: SqlClient): Promise<void> {
    await tx.query('DELETE FROM sign_in_council_ids');
  }

  async apply(tx: SqlClient, event: StoredEvent): Promise<void> {
    if (event.type !== 'CouncilCreated') return;
    const { councilId } = event.data as { councilId: string };
    await tx.query('INSERT INTO sign_in_council_ids (council_id) VALUES ($1) ON CONFLICT DO NOTHING', [
      councilId,
    ]);
  }
}

export async function allCouncilIds(sql: SqlClient): Promise<string[]> {
  const { rows } = await sql.query<{ council_id: string }>('SELECT council_id FROM sign_in_council_ids');
  return rows.map((r) => r.council_id);
}

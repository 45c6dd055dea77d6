import type { SqlLike } from '../registry/history-projection';

/**
 * Issue 18.3: a council and every council it succeeds, theirs in turn, each once, the council
 * itself first. Read from the `timeline` read model's creation events (`CouncilCreated.succeeds`),
 * so a successor's timeline and report can span its predecessors' history.
 */
export async function councilLineage(sql: SqlLike, councilId: string): Promise<string[]> {
  const ids = [councilId];
  for (let i = 0; i < ids.length; i++) {
    const { rows } = await sql.query<{ data: { succeeds?: unknown } | null }>(
      `SELECT data FROM timeline WHERE council_id = $1 AND kind = 'councils' AND type = 'CouncilCreated'
       ORDER BY position LIMIT 1`,
      [ids[i]],
    );
    const succeeds = rows[0]?.data?.succeeds;
    for (const id of Array.isArray(succeeds) ? succeeds.map(String) : []) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

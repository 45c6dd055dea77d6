import type { SqlClient } from '../sql/sql-client';
import type { SqlEventStore } from '../sql/sql-event-store';
import type { Projection } from './projection';

/** Events per read while catching up; all in the one exclusive transaction. */
const BATCH = 1000;

/**
 * Brings inline projections level with the log before the appends write them: a model new to
 * this database, one written by a version that fed it from the runner, or (`rebuild`) one
 * emptied to be replayed. It runs while no append runs (SqlEventStore.exclusive), so no event
 * falls between the catch-up and the first inline write, and marks each model `inline`, so the
 * next process to start skips it. Nothing to do (the usual start) costs one query.
 */
export async function catchUpInline(
  store: SqlEventStore,
  sql: SqlClient,
  projections: readonly Projection[],
  options: { rebuild: boolean },
): Promise<void> {
  const names = projections.map((p) => p.name);
  const behind = async (sql: SqlClient) => {
    await sql.query(
      `INSERT INTO projection_checkpoints (name, position)
       SELECT name, -1 FROM unnest($1::text[]) AS name ON CONFLICT (name) DO NOTHING`,
      [names],
    );
    const { rows } = await sql.query<{ name: string; position: string | number; inline: boolean }>(
      'SELECT name, position, inline FROM projection_checkpoints WHERE name = ANY($1)',
      [names],
    );
    return new Map(rows.filter((r) => options.rebuild || !r.inline).map((r) => [r.name, Number(r.position)]));
  };
  if (!options.rebuild && (await behind(sql)).size === 0) return;
  await store.exclusive(async (tx, read) => {
    // Read again under the lock: another process may have caught them up meanwhile.
    const checkpoints = await behind(tx);
    const chosen = projections.filter((p) => checkpoints.has(p.name));
    if (options.rebuild) {
      for (const projection of chosen) {
        // setup again: some resets drop their tables.
        await projection.reset(tx);
        await projection.setup(tx);
        checkpoints.set(projection.name, -1);
      }
      await tx.query('UPDATE projection_checkpoints SET position = -1 WHERE name = ANY($1)', [
        chosen.map((p) => p.name),
      ]);
    }
    if (chosen.length === 0) return;
    let after = Math.min(...checkpoints.values());
    for (;;) {
      const events = await read(after, BATCH);
      if (events.length === 0) break;
      for (const projection of chosen) {
        const from = checkpoints.get(projection.name) ?? -1;
        for (const event of events) if (event.position > from) await projection.apply(tx, event);
      }
      after = events[events.length - 1].position;
    }
    await tx.query(
      `UPDATE projection_checkpoints SET inline = true, position = GREATEST(position, $2)
        WHERE name = ANY($1)`,
      [chosen.map((p) => p.name), after],
    );
  });
}

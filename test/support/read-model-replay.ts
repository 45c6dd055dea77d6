/**
 * "Read models equal to a full replay", checked from outside: copy a PostgreSQL schema's event log
 * into a fresh schema, let a fresh app (in process, no workers, so nothing but the copy is in its
 * log) rebuild every read model from position 0, and compare every read-model table of both schemas
 * row by row. A new projection is covered without touching the suites that use this.
 */
import { Client } from 'pg';
import { Projections } from '@app/event-store';
import { startTestApp, TEST_DATABASE_URL, uniqueName } from './test-app';

/** Not read models: the log itself, and each runner's own bookkeeping. */
const NOT_READ_MODELS = new Set(['events', 'projection_checkpoints']);

export interface ReplayComparison {
  tables: string[];
  /** Tables whose rows differ: name -> rows only in the live schema / only in the replay. */
  differences: Record<string, { onlyLive: string[]; onlyReplay: string[] }>;
}

export async function compareWithFullReplay(schema: string): Promise<ReplayComparison> {
  const replaySchema = uniqueName('replay');
  const t = await startTestApp({ schema: replaySchema, runWorkers: false });
  const pg = new Client({ connectionString: TEST_DATABASE_URL });
  await pg.connect();
  try {
    const { rows: copied } = await pg.query<{ last: string | null }>(
      `WITH copied AS (
         INSERT INTO "${replaySchema}".events
           (position, stream_id, revision, event_id, type, data, metadata, recorded_at)
         OVERRIDING SYSTEM VALUE
         SELECT position, stream_id, revision, event_id, type, data, metadata, recorded_at
         FROM "${schema}".events ORDER BY position
         RETURNING position)
       SELECT max(position) AS last FROM copied`,
    );
    // The copy bypassed the store, so no append wrote the inline read models: rebuild them all.
    if (copied[0].last !== null) await t.app.get(Projections).rebuild();
    return await compareTables(pg, schema, replaySchema);
  } finally {
    await pg.end();
    await t.close();
  }
}

/** Every read-model table of `live` against the same table in `replay`, row by row. */
export async function compareReadModelSchemas(live: string, replay: string): Promise<ReplayComparison> {
  const pg = new Client({ connectionString: TEST_DATABASE_URL });
  await pg.connect();
  try {
    return await compareTables(pg, live, replay);
  } finally {
    await pg.end();
  }
}

async function compareTables(pg: Client, live: string, replay: string): Promise<ReplayComparison> {
  const tables = await readModelTables(pg, live);
  const differences: ReplayComparison['differences'] = {};
  for (const table of tables) {
    const liveRows = await rowsOf(pg, live, table);
    const replayRows = await rowsOf(pg, replay, table);
    const onlyLive = without(liveRows, replayRows);
    const onlyReplay = without(replayRows, liveRows);
    if (onlyLive.length || onlyReplay.length) differences[table] = { onlyLive, onlyReplay };
  }
  return { tables, differences };
}

async function readModelTables(pg: Client, schema: string): Promise<string[]> {
  const { rows } = await pg.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`,
    [schema],
  );
  return rows.map((r) => r.table_name).filter((name) => !NOT_READ_MODELS.has(name));
}

async function rowsOf(pg: Client, schema: string, table: string): Promise<string[]> {
  const { rows } = await pg.query<{ row: string }>(
    `SELECT to_jsonb(t)::text AS row FROM "${schema}"."${table}" t`,
  );
  return rows.map((r) => r.row).sort();
}

/** Multiset difference, so a row applied twice shows up. */
function without(rows: string[], others: string[]): string[] {
  const counts = new Map<string, number>();
  for (const row of others) counts.set(row, (counts.get(row) ?? 0) + 1);
  const out: string[] = [];
  for (const row of rows) {
    const left = counts.get(row) ?? 0;
    if (left > 0) counts.set(row, left - 1);
    else out.push(row);
  }
  return out;
}

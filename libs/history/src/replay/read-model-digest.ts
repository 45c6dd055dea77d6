import { createHash } from 'node:crypto';
import type { SqlLike } from '../registry/history-projection';

/**
 * sha256 over each read-model table's rows in a stable order (rows as JSON text, sorted), so
 * two rebuilds, or a rebuild in another store after an import, can be compared by one line.
 * Tables are digested by name order; each table's name is part of the digest.
 */
export async function readModelDigest(
  sql: SqlLike,
  tables: readonly string[],
): Promise<{ digest: string; tables: Record<string, { rows: number; digest: string }> }> {
  const total = createHash('sha256');
  const perTable: Record<string, { rows: number; digest: string }> = {};
  for (const table of [...tables].sort()) {
    if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`not a plain table name: ${table}`);
    // UTC, so timestamps print alike whatever zone each server runs in; sorted here, not by
    // ORDER BY, so the collation of the database cannot change the order.
    const rows = await sql.transaction(async (tx) => {
      await tx.query(`SET LOCAL TIME ZONE 'UTC'`);
      return (await tx.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM ${table} t`)).rows;
    });
    const sorted = rows.map((r) => r.row).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const hash = createHash('sha256');
    for (const row of sorted) hash.update(row).update('\n');
    const digest = hash.digest('hex');
    perTable[table] = { rows: rows.length, digest };
    total.update(`${table}\n${digest}\n`);
  }
  return { digest: total.digest('hex'), tables: perTable };
}

/** The log's length where it is a table in this database (embedded, PostgreSQL); else unknown. */
export async function countEvents(sql: SqlLike): Promise<number | undefined> {
  const { rows } = await sql.query<{ present: boolean }>(
    `SELECT to_regclass('events') IS NOT NULL AS present`,
  );
  if (!rows[0]?.present) return undefined;
  const { rows: counted } = await sql.query<{ n: string | number }>('SELECT count(*) AS n FROM events');
  return Number(counted[0].n);
}

/** Tables of the log and of the runner's bookkeeping: not read models, never digested. */
const NOT_READ_MODELS = new Set(['events', 'projection_checkpoints']);

/**
 * Every read-model table in the current schema, whoever's projection keeps it, so replay's
 * digest covers all features without knowing them.
 */
export async function readModelTables(sql: SqlLike): Promise<string[]> {
  const { rows } = await sql.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  return rows
    .map((r) => r.table_name)
    .filter((name) => !NOT_READ_MODELS.has(name))
    .sort();
}

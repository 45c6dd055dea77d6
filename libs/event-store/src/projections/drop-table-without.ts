/**
 * A read model's table whose key changed is dropped at start when it still has the old shape (it
 * lacks `column`), so `setup` creates it anew; its projection then has a new name, so its
 * checkpoint starts at the log's beginning and the rows are rebuilt from the events.
 */
export async function dropTableWithout(
  tx: { query(sql: string, params?: unknown[]): Promise<unknown> },
  table: string,
  column: string,
): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`not a table name: ${table}`);
  const { rows } = (await tx.query(
    `SELECT
       EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1) AS has_table,
       EXISTS (SELECT 1 FROM information_schema.columns
               WHERE table_schema = current_schema() AND table_name = $1 AND column_name = $2) AS has_column`,
    [table, column],
  )) as { rows: { has_table: boolean; has_column: boolean }[] };
  if (rows[0]?.has_table && !rows[0].has_column) await tx.query(`DROP TABLE ${table}`);
}

import type { SqlClient } from './sql-client';

/**
 * CREATE TABLE IF NOT EXISTS is not safe against a twin running it at the same moment: the loser
 * fails on a duplicate pg_type row. Two processes (an API and a worker, two API replicas) start
 * together on a fresh schema, so every table set-up takes this per-schema lock for its
 * transaction and the set-ups take turns.
 */
const SCHEMA_SETUP_LOCK = `SELECT pg_advisory_xact_lock(hashtext('council-projections:' || current_schema()))`;

export async function setUpSchema(sql: SqlClient, setUp: (tx: SqlClient) => Promise<void>): Promise<void> {
  await sql.transaction(async (tx) => {
    await tx.query(SCHEMA_SETUP_LOCK);
    await setUp(tx);
  });
}

/** The projection runner's bookkeeping: how far each read model has read the log. */
export const PROJECTION_CHECKPOINTS_DDL = `CREATE TABLE IF NOT EXISTS projection_checkpoints (
  name     text PRIMARY KEY,
  position bigint NOT NULL
)`;

/**
 * Set once an inline projection has caught up with the log and is written by the appends
 * (docs/event-store.md): from then on no process catches it up again; an append writes it.
 */
export const PROJECTION_CHECKPOINTS_INLINE_DDL = `ALTER TABLE projection_checkpoints
  ADD COLUMN IF NOT EXISTS inline boolean NOT NULL DEFAULT false`;

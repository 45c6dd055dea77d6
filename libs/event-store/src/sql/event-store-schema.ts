import type { SqlClient } from './sql-client';

/**
 * `position` is the global order and the only key the log is paged by (its primary key index
 * serves `WHERE position > $1 ORDER BY position`). `(stream_id, revision)` is unique and its
 * index serves stream reads. Event ids are unique, which makes a retried append detectable.
 */
export const EVENTS_DDL = `
CREATE TABLE IF NOT EXISTS events (
  position    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  stream_id   text        NOT NULL,
  revision    bigint      NOT NULL,
  event_id    text        NOT NULL UNIQUE,
  type        text        NOT NULL,
  data        jsonb       NOT NULL,
  metadata    jsonb       NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (stream_id, revision)
)`;

/** One lock key per schema, so stores in different schemas of one database do not contend. */
export const APPEND_LOCK = `SELECT pg_advisory_xact_lock(hashtext('council-events:' || current_schema()))`;

export async function migrateEventStore(sql: SqlClient): Promise<void> {
  // Under the append lock so two processes starting together do not race on CREATE TABLE.
  await sql.transaction(async (tx) => {
    await tx.query(APPEND_LOCK);
    await tx.query(EVENTS_DDL);
  });
}

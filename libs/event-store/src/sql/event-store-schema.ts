import type { SqlClient } from './sql-client';

/**
 * `position` is the global order and the only key the log is paged by (its primary key index
 * serves `WHERE position > $1 ORDER BY position`). `(stream_id, revision)` is unique and its
 * index serves stream reads. Event ids are unique, which makes a retried append detectable.
 * `tx_id` is the id of the transaction that wrote the row: readers take only rows whose
 * transaction is below their snapshot's xmin, see docs/event-store.md.
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
  tx_id       xid8        NOT NULL DEFAULT pg_current_xact_id(),
  UNIQUE (stream_id, revision)
)`;

/**
 * Logs written before `tx_id` existed: their rows get 0, below every snapshot's xmin, so they
 * read as settled (they are: their writers took turns under a lock held through COMMIT). The
 * constant default makes ADD COLUMN a catalogue change, not a table rewrite; new rows then get
 * their transaction's id.
 */
const ADD_TX_ID = [
  `ALTER TABLE events ADD COLUMN IF NOT EXISTS tx_id xid8 NOT NULL DEFAULT '0'`,
  `ALTER TABLE events ALTER COLUMN tx_id SET DEFAULT pg_current_xact_id()`,
];

/**
 * One lock key per schema, so stores in different schemas of one database do not contend.
 * Migrations take it for their transaction; appends take it at session level for the few
 * microseconds that draw a transaction id and positions (`append_events`). The same key makes an
 * older process still appending with a lock held through COMMIT take turns with both.
 */
export const APPEND_LOCK_KEY = `hashtext('council-events:' || current_schema())`;
export const APPEND_LOCK = `SELECT pg_advisory_xact_lock(${APPEND_LOCK_KEY})`;

/**
 * Every append holds this key shared until its transaction ends (taken in `append_events`,
 * before its section); `SqlEventStore.exclusive` takes it exclusively, so it starts once the
 * appends in flight have ended and new ones wait for it, without waiting for the cluster's
 * horizon (which any long transaction in any database holds back). The two-int form keeps it
 * apart from the one-key locks above.
 */
export const APPENDS_EXCLUDED = `SELECT pg_advisory_xact_lock(${APPEND_LOCK_KEY}, 1)`;

/**
 * The append, in one round trip. `p_expected`: a revision (>= 0), -1 for no_stream, -2 for any,
 * -3 for stream_exists. Answers (last position, next revision), or (NULL, head) when the expected
 * revision does not hold; the caller then decides slowly (a retry, a conflict).
 *
 * With concurrent writers (PostgreSQL, `p_serial` false) it runs in autocommit, and a critical
 * section draws the transaction id and the positions together, so position order equals
 * transaction-id order; the section is NOT held through the insert or the COMMIT. A unique key
 * taken meanwhile (an id already stored, a revision appended concurrently) raises 23505 after
 * the section, rolling the statement back.
 *
 * On a store that runs one transaction at a time (PGlite, `p_serial` true) there is nothing to
 * order and no section; it may run several times in one transaction (group commit), so it checks
 * the ids first and answers NULL instead of raising, which would roll back the whole group.
 */
function appendFunctionDdl(lockKey: number, sequence: string): string {
  return `
CREATE OR REPLACE FUNCTION append_events(
  p_stream text, p_expected bigint, p_ids text[], p_types text[], p_data jsonb[],
  p_metadata jsonb[], p_recorded timestamptz[], p_serial boolean,
  OUT last_position bigint, OUT next_revision bigint)
LANGUAGE plpgsql
-- The function's plans are cached for the session. PGlite never runs autovacuum, so nothing
-- re-plans them as the table grows, and a plan made while it was empty scans it whole: 66 ms per
-- append at 100k events. Both lookups are by unique index whatever the table's size.
SET enable_seqscan = off
AS $fn$
DECLARE
  n int := cardinality(p_ids);
  head bigint := -1;
  positions bigint[];
  locked boolean := false;
BEGIN
  IF p_expected <> -1 OR p_serial THEN
    SELECT coalesce(max(revision), -1) INTO head FROM events WHERE stream_id = p_stream;
    next_revision := head;
    IF NOT (p_expected = head OR p_expected = -2 OR (p_expected = -3 AND head >= 0)) THEN
      RETURN;
    END IF;
  END IF;
  IF p_serial THEN
    IF EXISTS (SELECT 1 FROM events WHERE event_id = ANY (p_ids)) THEN
      RETURN;
    END IF;
    positions := ARRAY(SELECT nextval('${sequence}') FROM generate_series(1, n));
  ELSE
    -- An xid drawn before the section (an earlier write in this transaction) would break the
    -- order the readers rely on.
    IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
      RAISE EXCEPTION 'append_events must be the first write of its transaction' USING ERRCODE = '25000';
    END IF;
    PERFORM pg_advisory_xact_lock_shared(${lockKey}, 1);
    BEGIN
      PERFORM pg_advisory_lock(${lockKey});
      locked := true;
      PERFORM pg_current_xact_id();
      positions := ARRAY(SELECT nextval('${sequence}') FROM generate_series(1, n));
      PERFORM pg_advisory_unlock(${lockKey});
      locked := false;
    EXCEPTION WHEN OTHERS OR query_canceled THEN
      -- A session lock outlives an error: left held, every append would wait for ever.
      IF locked THEN PERFORM pg_advisory_unlock(${lockKey}); END IF;
      RAISE;
    END;
  END IF;
  INSERT INTO events (position, stream_id, revision, event_id, type, data, metadata, recorded_at)
  OVERRIDING SYSTEM VALUE
  SELECT v.position, p_stream, head + v.i, v.id, v.type, v.data, v.metadata, coalesce(v.recorded_at, now())
    FROM unnest(positions, p_ids, p_types, p_data, p_metadata, p_recorded)
         WITH ORDINALITY AS v(position, id, type, data, metadata, recorded_at, i);
  last_position := positions[n];
  next_revision := head + n;
END
$fn$`;
}

export async function migrateEventStore(sql: SqlClient): Promise<void> {
  // Under the append lock so two processes starting together do not race on CREATE TABLE.
  await sql.transaction(async (tx) => {
    await tx.query(APPEND_LOCK);
    await tx.query(EVENTS_DDL);
    const { rows } = await tx.query<{ present: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM pg_attribute
                       WHERE attrelid = 'events'::regclass AND attname = 'tx_id' AND NOT attisdropped) AS present`,
    );
    if (!rows[0].present) for (const statement of ADD_TX_ID) await tx.query(statement);
    const { rows: names } = await tx.query<{ key: number; sequence: string }>(
      `SELECT ${APPEND_LOCK_KEY} AS key, pg_get_serial_sequence('events', 'position') AS sequence`,
    );
    await tx.query(appendFunctionDdl(Number(names[0].key), names[0].sequence.replace(/'/g, "''")));
  });
}

import { ConcurrencyError, InvalidInputError } from '@app/kernel';
import {
  EventStore,
  type AppendListener,
  type AppendResult,
  type EventToAppend,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StoredEvent,
  type SubscribeOptions,
  type Subscription,
} from '../port/event-store.port';
import { PollingSubscriptions } from '../subscription/polling-subscriptions';
import { CoalescedNotify } from './coalesced-notify';
import { APPENDS_EXCLUDED, migrateEventStore } from './event-store-schema';
import { GroupCommit } from './group-commit';
import { assertIdentifier, type SqlClient } from './sql-client';

export interface SqlEventStoreOptions {
  /** How often a live subscription looks for appends made by other processes. */
  pollMs?: number;
  /** NOTIFY channel for appends (default `events_<schema>`); subscriptions LISTEN on it. */
  channel?: string;
  /** Close the SqlClient with the store (false when read models share it and close it). */
  ownsClient?: boolean;
  /**
   * Nothing but this store writes to its database (the embedded store, whose data directory is
   * locked to one process): it then tells watchers of every append (`watchAppends`).
   */
  soleWriter?: boolean;
}

interface EventRow {
  position: number | string | bigint;
  stream_id: string;
  revision: number | string | bigint;
  event_id: string;
  type: string;
  data: unknown;
  metadata: StoredEvent['metadata'];
  recorded_at: Date | string;
}

interface StoredRef {
  id: string;
  streamId: string;
  revision: number;
  position: number;
}

const COLUMNS = 'position, stream_id, revision, event_id, type, data, metadata, recorded_at';

function toStored(row: EventRow): StoredEvent {
  return {
    id: row.event_id,
    streamId: row.stream_id,
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    revision: Number(row.revision),
    position: Number(row.position),
    recordedAt: new Date(row.recorded_at).toISOString(),
  };
}

/**
 * Only rows whose transaction ended before this statement's snapshot was taken: below the
 * snapshot's xmin every transaction has committed or aborted, and since positions are drawn in
 * transaction-id order (append_events), no row before a returned one can still appear. As an
 * InitPlan it is computed once per statement, not per row.
 */
const SETTLED = 'tx_id < (SELECT pg_snapshot_xmin(pg_current_snapshot()))';

/** `append_events`' encoding of the expected revision. */
function encode(expected: ExpectedRevision): number {
  if (expected === 'no_stream') return -1;
  if (expected === 'any') return -2;
  if (expected === 'stream_exists') return -3;
  return expected;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
}

/** A settled page of the log, and whether committed rows past it wait for an older transaction. */
export interface SettledPage {
  events: StoredEvent[];
  heldBack: boolean;
  /** The highest committed position in the same snapshot, settled or not (-1 when empty). */
  head: number;
}

/**
 * How long `readAll` waits for events committed before it was called to settle. Usually an
 * append in flight holds them back for a millisecond; a transaction open longer than this
 * anywhere in the cluster gets the settled prefix returned (never anything past it).
 */
const READ_ALL_WAIT_MS = 10_000;

function lastOf(page: SettledPage): number {
  return page.events.length > 0 ? page.events[page.events.length - 1].position : -1;
}

function describe(expected: ExpectedRevision): string {
  return typeof expected === 'number' ? `revision ${expected}` : expected;
}

/**
 * Writes read models inside an append's transaction (inline projections, docs/event-store.md):
 * it gets the events just inserted, with their positions and revisions. An error rolls the
 * append back and fails that write.
 */
export type InlineApply = (tx: SqlClient, events: StoredEvent[]) => Promise<void>;

/** The fast path's insert found the expected revision or an event id taken: decide slowly. */
const NOT_INSERTED = Symbol('not inserted');

/** The one SQL implementation of the port, over PostgreSQL or PGlite. */
export class SqlEventStore extends EventStore {
  private readonly subscriptions: PollingSubscriptions;
  private readonly notify?: CoalescedNotify;
  private readonly group?: GroupCommit<AppendResult>;
  private stopListening?: Promise<(() => Promise<void>) | undefined>;
  private inline?: InlineApply;
  private inlineReady?: Promise<void>;
  private markInlineReady?: () => void;
  private readonly appendWatchers: AppendListener[] = [];

  private constructor(
    private readonly sql: SqlClient,
    private readonly options: Required<Omit<SqlEventStoreOptions, 'channel'>> & { channel: string },
  ) {
    super();
    this.subscriptions = new PollingSubscriptions(
      (o) => this.readAll(o),
      options.pollMs,
      (o) => this.readSettled(o),
    );
    if (sql.serialisesTransactions) {
      this.group = new GroupCommit(sql, (error) => error instanceof ConcurrencyError);
    }
    if (sql.listen) {
      this.notify = new CoalescedNotify(() => sql.query(`SELECT pg_notify('${options.channel}', '')`));
    }
  }

  static async create(sql: SqlClient, options: SqlEventStoreOptions = {}): Promise<SqlEventStore> {
    await migrateEventStore(sql);
    // One channel per schema by default, so stores in other schemas do not wake ours.
    const { rows } = await sql.query<{ schema: string }>('SELECT current_schema() AS schema');
    return new SqlEventStore(sql, {
      pollMs: options.pollMs ?? 250,
      channel: assertIdentifier(options.channel ?? `events_${rows[0].schema}`),
      ownsClient: options.ownsClient ?? true,
      soleWriter: options.soleWriter ?? false,
    });
  }

  async append(
    streamId: string,
    events: EventToAppend[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    if (new Set(events.map((e) => e.id)).size !== events.length) {
      throw new InvalidInputError('An append must not carry the same event id twice', 'events');
    }
    let result: AppendResult | undefined;
    try {
      result = await this.appendAndWake(streamId, events, expectedRevision);
      return result;
    } finally {
      // A failed append may have committed (an answer lost after COMMIT): watchers forget the stream.
      for (const watcher of this.appendWatchers) watcher(streamId, result?.nextRevision);
    }
  }

  override watchAppends(listener: AppendListener): boolean {
    if (!this.options.soleWriter) return false;
    this.appendWatchers.push(listener);
    return true;
  }

  private async appendAndWake(
    streamId: string,
    events: EventToAppend[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    // Before the group's transaction: the runner that releases it needs the one PGlite connection.
    if (this.inlineReady) await this.inlineReady;
    let result: AppendResult;
    if (this.group && this.inline) {
      // A failing inline projection is not a refusal: the group rolls back and its appends run
      // again one by one, each in its own transaction, so only the write that broke it fails.
      result = await this.group.run(
        (tx) => this.appendSerially(tx, streamId, events, expectedRevision),
        () => this.sql.transaction((tx) => this.appendSerially(tx, streamId, events, expectedRevision)),
      );
    } else if (this.inline) {
      // PostgreSQL: append_events first (it must be the transaction's first write), then the
      // inline read models, one COMMIT.
      result =
        (events.length > 0 && (await this.insertInTransaction(streamId, events, encode(expectedRevision)))) ||
        (await this.decideAndInsert(this.sql, streamId, events, expectedRevision, (current, fresh) =>
          this.insertInTransaction(streamId, fresh, current),
        ));
    } else if (this.group) {
      // PGlite: one connection running one statement or transaction at a time already makes
      // positions and transaction ids grow together, so no section is needed, and appends that
      // queue up behind each other share one COMMIT.
      result = await this.group.run(
        (tx) => this.appendSerially(tx, streamId, events, expectedRevision),
        () => this.appendAlone(streamId, events, expectedRevision),
      );
    } else {
      result =
        (events.length > 0 &&
          (await this.appendEvents(this.sql, streamId, events, encode(expectedRevision)))) ||
        (await this.decideAndInsert(this.sql, streamId, events, expectedRevision, (current, fresh) =>
          this.appendEvents(this.sql, streamId, fresh, current),
        ));
    }
    // This process's subscribers at once; other processes' through one coalesced NOTIFY sent
    // after the COMMIT, never inside the append's transaction.
    this.subscriptions.wake();
    this.notify?.poke();
    return result;
  }

  /**
   * Inline projections: from now on every append writes them in its own transaction. Appends
   * made before (`holdAppendsForInline`) waited for this, so none of them is missed.
   */
  attachInline(apply: InlineApply | undefined): void {
    this.inline = apply;
    this.inlineReady = undefined;
    this.markInlineReady?.();
    this.markInlineReady = undefined;
  }

  /**
   * Makes appends wait until `attachInline`: a process must not append before its inline read
   * models are attached, or the event would be in the log and missing from them for good.
   */
  holdAppendsForInline(): void {
    if (this.inline || this.inlineReady) return;
    this.inlineReady = new Promise<void>((resolve) => (this.markInlineReady = resolve));
  }

  /** True when read models in `sql` live in this store's database (inline projections can run). */
  sharesDatabaseWith(sql: SqlClient): boolean {
    return sql === this.sql;
  }

  /**
   * Runs `fn` in one transaction while no append runs: it starts once the appends in flight have
   * ended and later ones wait for it (APPENDS_EXCLUDED), so `read` (plain position order, no
   * horizon needed) sees the whole log and nothing can appear before its end. For catching up
   * or rebuilding inline read models; appends wait meanwhile.
   */
  async exclusive<T>(
    fn: (tx: SqlClient, read: (after: number, maxCount: number) => Promise<StoredEvent[]>) => Promise<T>,
  ): Promise<T> {
    return this.sql.transaction(async (tx) => {
      // PGlite runs one transaction at a time: holding this one is exclusive enough.
      if (!this.sql.serialisesTransactions) await tx.query(APPENDS_EXCLUDED);
      const read = async (after: number, maxCount: number) => {
        const { rows } = await tx.query<EventRow>(
          `SELECT ${COLUMNS} FROM events WHERE position > $1 ORDER BY position LIMIT $2`,
          [after, maxCount],
        );
        return rows.map(toStored);
      };
      return fn(tx, read);
    });
  }

  /** PostgreSQL with inline projections: one transaction for the insert and the read models. */
  private async insertInTransaction(
    streamId: string,
    events: EventToAppend[],
    expected: number,
  ): Promise<AppendResult | undefined> {
    try {
      return await this.sql.transaction(async (tx) => {
        const inserted = await this.insertAndProject(tx, streamId, events, expected);
        // After a unique violation PostgreSQL's transaction is aborted: roll it back, decide slowly.
        if (!inserted) throw NOT_INSERTED;
        return inserted;
      });
    } catch (error) {
      if (error === NOT_INSERTED) return undefined;
      throw error;
    }
  }

  private async insertAndProject(
    tx: SqlClient,
    streamId: string,
    events: EventToAppend[],
    expected: number,
  ): Promise<AppendResult | undefined> {
    const inserted = await this.appendEvents(tx, streamId, events, expected);
    if (inserted && this.inline)
      await this.inline(tx, await this.insertedEvents(tx, streamId, events, inserted));
    return inserted;
  }

  /**
   * The events as stored, without reading them back: append_events draws a batch's positions
   * and revisions consecutively (inside its section on PostgreSQL, serially on PGlite). Only
   * events without `recordedAt` (the database's clock) are read back.
   */
  private async insertedEvents(
    tx: SqlClient,
    streamId: string,
    events: EventToAppend[],
    result: AppendResult,
  ): Promise<StoredEvent[]> {
    const firstPosition = result.position - events.length + 1;
    if (events.some((e) => e.metadata.recordedAt == null)) {
      const { rows } = await tx.query<EventRow>(
        `SELECT ${COLUMNS} FROM events WHERE position BETWEEN $1 AND $2 ORDER BY position`,
        [firstPosition, result.position],
      );
      return rows.map(toStored);
    }
    const firstRevision = result.nextRevision - events.length + 1;
    return events.map((e, i) => ({
      id: e.id,
      streamId,
      type: e.type,
      // As jsonb gives them back: what a replay of the same events sees.
      data: JSON.parse(JSON.stringify(e.data ?? null)) as unknown,
      metadata: JSON.parse(JSON.stringify(e.metadata)) as StoredEvent['metadata'],
      revision: firstRevision + i,
      position: firstPosition + i,
      recordedAt: new Date(e.metadata.recordedAt as string).toISOString(),
    }));
  }

  /**
   * One round trip (append_events, see the schema): in autocommit on PostgreSQL, inside the
   * group's transaction on PGlite. Undefined when the expected revision does not hold or a unique
   * key was taken (an id already stored, a revision appended concurrently): `decideAndInsert`
   * then works out which.
   */
  private async appendEvents(
    sql: SqlClient,
    streamId: string,
    events: EventToAppend[],
    expected: number,
  ): Promise<AppendResult | undefined> {
    try {
      const { rows } = await sql.query<{ last_position: string | null; next_revision: string }>(
        'SELECT last_position, next_revision FROM append_events($1, $2, $3, $4, $5, $6, $7, $8)',
        [
          streamId,
          expected,
          events.map((e) => e.id),
          events.map((e) => e.type),
          events.map((e) => JSON.stringify(e.data ?? null)),
          events.map((e) => JSON.stringify(e.metadata)),
          events.map((e) => e.metadata.recordedAt ?? null),
          this.sql.serialisesTransactions,
        ],
      );
      if (rows[0]?.last_position == null) return undefined;
      return { nextRevision: Number(rows[0].next_revision), position: Number(rows[0].last_position) };
    } catch (error) {
      if (isUniqueViolation(error)) return undefined;
      throw error;
    }
  }

  private async appendAlone(
    streamId: string,
    events: EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    return (
      (events.length > 0 && (await this.appendEvents(this.sql, streamId, events, encode(expected)))) ||
      (await this.sql.transaction((tx) => this.appendSerially(tx, streamId, events, expected)))
    );
  }

  private async appendSerially(
    tx: SqlClient,
    streamId: string,
    events: EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    return (
      (events.length > 0 && (await this.insertAndProject(tx, streamId, events, encode(expected)))) ||
      (await this.decideAndInsert(tx, streamId, events, expected, (current, fresh) =>
        this.insertAndProject(tx, streamId, fresh, current),
      ))
    );
  }

  /**
   * The rare paths: a refused expected revision, a retried append, a partly stored batch, a race
   * with a concurrent append to the same stream. Reads the stream's head and the ids already
   * stored, decides, and inserts what is fresh with the head it read as the exact expectation;
   * when that no longer holds (someone appended meanwhile), it reads and decides again.
   */
  private async decideAndInsert(
    sql: SqlClient,
    streamId: string,
    events: EventToAppend[],
    expectedRevision: ExpectedRevision,
    insertFresh: (current: number, fresh: EventToAppend[]) => Promise<AppendResult | undefined>,
  ): Promise<AppendResult> {
    for (let attempt = 0; ; attempt++) {
      const { rows } = await sql.query<{ head: string | number | null; stored: StoredRef[] | null }>(
        `SELECT (SELECT max(revision) FROM events WHERE stream_id = $1) AS head,
                (SELECT json_agg(json_build_object('id', event_id, 'streamId', stream_id,
                          'revision', revision, 'position', position))
                   FROM events WHERE event_id IN (${events.map((_, i) => `$${i + 2}`).join(',') || 'NULL'})) AS stored`,
        [streamId, ...events.map((e) => e.id)],
      );
      const current = rows[0].head == null ? -1 : Number(rows[0].head);
      const stored = rows[0].stored ?? [];
      const elsewhere = stored.find((r) => r.streamId !== streamId);
      if (elsewhere) {
        throw new ConcurrencyError(`event ${elsewhere.id} is already stored in ${elsewhere.streamId}`);
      }
      if (stored.length > 0 && stored.length === new Set(events.map((e) => e.id)).size) {
        // A retried append: answer what the first attempt answered.
        const last = stored.reduce((a, b) => (Number(b.position) > Number(a.position) ? b : a));
        return { nextRevision: Number(last.revision), position: Number(last.position) };
      }
      if (stored.length > 0 && expectedRevision !== 'any') {
        throw new ConcurrencyError(
          `${streamId}: part of this batch is already stored, so ${describe(expectedRevision)} cannot hold`,
          expectedRevision,
          current,
        );
      }
      this.check(streamId, expectedRevision, current);
      const storedIds = new Set(stored.map((r) => r.id));
      const fresh = events.filter((e) => !storedIds.has(e.id));
      if (fresh.length === 0) return { nextRevision: current, position: await this.lastPosition(sql) };
      const inserted = await insertFresh(current, fresh);
      if (inserted) return inserted;
      // Each round lost means another append to this stream won; a stream hammered this hard
      // by `any` appends gets a conflict rather than a loop without end.
      if (attempt >= 100) {
        throw new ConcurrencyError(`${streamId} kept changing while appending`, expectedRevision, current);
      }
    }
  }

  private check(streamId: string, expected: ExpectedRevision, current: number): void {
    const ok =
      expected === 'any' ||
      (expected === 'no_stream' && current === -1) ||
      (expected === 'stream_exists' && current >= 0) ||
      expected === current;
    if (!ok) {
      throw new ConcurrencyError(
        `${streamId} is at revision ${current}, expected ${describe(expected)}`,
        expected,
        current,
      );
    }
  }

  private async lastPosition(sql: SqlClient): Promise<number> {
    const { rows } = await sql.query<{ position: string | null }>(
      'SELECT max(position) AS position FROM events',
    );
    return rows[0]?.position == null ? -1 : Number(rows[0].position);
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const params: unknown[] = [streamId, options.fromRevision ?? 0];
    let where = 'stream_id = $1 AND revision >= $2';
    if (options.toPosition !== undefined) {
      params.push(options.toPosition);
      where += ` AND position <= $${params.length}`;
    }
    let limit = '';
    if (options.maxCount !== undefined) {
      params.push(options.maxCount);
      limit = ` LIMIT $${params.length}`;
    }
    const { rows } = await this.sql.query<EventRow>(
      `SELECT ${COLUMNS} FROM events WHERE ${where} ORDER BY revision${limit}`,
      params,
    );
    return rows.map(toStored);
  }

  /**
   * Settled events only (see SETTLED), so a reader paging by position never skips a late commit.
   * A short page with committed events held back past it waits (briefly, see READ_ALL_WAIT_MS)
   * until those committed before the call have settled, so an append followed by readAll (an
   * export, a replay, a test) finds its events as it did when appends took turns.
   */
  async readAll(options: ReadAllOptions): Promise<StoredEvent[]> {
    const read = () => this.readSettled({ after: options.after ?? -1, maxCount: options.maxCount });
    let page = await read();
    const target = page.head;
    const deadline = Date.now() + READ_ALL_WAIT_MS;
    for (
      let ms = 1;
      page.heldBack && lastOf(page) < target && Date.now() < deadline;
      ms = Math.min(ms * 2, 50)
    ) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      page = await read();
    }
    return page.events;
  }

  /**
   * `readAll` for subscriptions, with the head of the log in the same snapshot: committed rows
   * past a short page are held back by an older transaction still running, so the subscriber
   * must look again soon rather than wait for the next append.
   */
  async readSettled(options: { after: number; maxCount: number }): Promise<SettledPage> {
    const { rows } = await this.sql.query<EventRow & { head: string | number | null }>(
      `SELECT h.head, e.* FROM (SELECT max(position) AS head FROM events) h
         LEFT JOIN (SELECT ${COLUMNS} FROM events
                     WHERE position > $1 AND ${SETTLED} ORDER BY position LIMIT $2) e ON true
        ORDER BY e.position`,
      [options.after, options.maxCount],
    );
    const events = rows[0]?.position == null ? [] : rows.map(toStored);
    const last = events.length > 0 ? events[events.length - 1].position : options.after;
    const head = rows[0]?.head == null ? -1 : Number(rows[0].head);
    return { events, heldBack: events.length < options.maxCount && head > last, head };
  }

  subscribe(options: SubscribeOptions): Subscription {
    this.ensureListening();
    return this.subscriptions.subscribe(options);
  }

  /** One LISTEN connection per store, shared by its subscriptions; polling covers its absence. */
  private ensureListening(): void {
    if (this.stopListening || !this.sql.listen) return;
    this.stopListening = this.sql
      .listen(this.options.channel, () => this.subscriptions.wake())
      .catch(() => undefined);
  }

  async ping(): Promise<void> {
    await this.sql.query('SELECT 1');
  }

  /** Stops the subscriptions still running first, so none reads from a closed connection. */
  async close(): Promise<void> {
    await this.subscriptions.stopAll();
    const stop = await this.stopListening;
    await stop?.();
    await this.notify?.settled();
    if (this.options.ownsClient) await this.sql.close();
  }
}

/**
 * The in-memory log behind the KurrentDB protocol double: streams, the `$all` log and the commit
 * rules, with no gRPC in it. Each rule cites where it comes from: the KurrentDB documentation
 * ("Appending events", "Reading events", "Deleting events", "Catch-up subscriptions") and the
 * server's commit check, `IndexWriter.CheckCommit` in the KurrentDB repository
 * (src/KurrentDB.Core/Services/Storage/ReaderIndex/IndexWriter.cs).
 */

import { randomUUID } from 'node:crypto';

export type ExpectedState =
  | { kind: 'any' }
  | { kind: 'no_stream' }
  | { kind: 'stream_exists' }
  | { kind: 'revision'; revision: number };

export interface ProposedEvent {
  id: string;
  type: string;
  contentType: string;
  data: Buffer;
  metadata: Buffer;
}

export interface LogEvent extends ProposedEvent {
  stream: string;
  /** Stream revision: the first event of a stream is 0 (docs: "Appending events"). */
  revision: number;
  /** Byte offset of the event's record in the transaction log: its prepare and commit position. */
  position: number;
  /** .NET ticks (100 ns) since the Unix epoch, as the protocol's `created` metadata carries them. */
  createdTicks: bigint;
}

export type CommitDecision =
  | { kind: 'ok' }
  | { kind: 'idempotent'; revision: number; position: number }
  | { kind: 'wrong_expected_version'; current: number }
  | { kind: 'deleted' };

export type AppendOutcome =
  | { kind: 'ok'; revision: number; position: number }
  | { kind: 'wrong_expected_version'; current: number }
  | { kind: 'deleted' }
  | { kind: 'too_large'; maxAppendSize: number };

export type Filter = {
  on: 'event_type' | 'stream_name';
  regex?: RegExp;
  prefixes?: string[];
};

interface StreamState {
  events: LogEvent[];
  /** Events below this revision are hidden by a soft delete (`$tb`, "truncate before"). */
  truncateBefore: number;
  softDeleted: boolean;
  tombstoned: boolean;
}

/** KurrentDB's default `MaxAppendSize`: 1 MiB per append (server option, docs: "Database settings"). */
export const DEFAULT_MAX_APPEND_SIZE = 1_048_576;

/**
 * Fixed part of a prepare record in the log (header, ids, flags, lengths) and the size of a commit
 * record. Their exact values do not matter; that they exist does: positions are byte offsets with
 * gaps between events, never consecutive numbers (docs: "the position in the transaction file").
 */
const PREPARE_OVERHEAD = 90;
const COMMIT_RECORD_SIZE = 37;

/** Where a fresh database's own records end: `$all` never starts at position 0 for user events. */
const FIRST_USER_POSITION = 4_096;

export class KurrentDbLog {
  private readonly streams = new Map<string, StreamState>();
  private readonly all: LogEvent[] = [];
  private readonly byId = new Map<string, LogEvent>();
  private readonly listeners = new Set<(events: LogEvent[]) => void>();
  private end = 0;

  constructor(readonly maxAppendSize = DEFAULT_MAX_APPEND_SIZE) {
    // A new database writes its epoch record first: a system event every `$all` reader must skip.
    this.write('$epochs', [systemEvent('$epoch-information', { epochNumber: 0 })], -1);
    this.end = Math.max(this.end, FIRST_USER_POSITION);
  }

  /** The commit check, rule by rule as in `IndexWriter.CheckCommit`. */
  checkCommit(stream: string, expected: ExpectedState, ids: string[]): CommitDecision {
    const state = this.streams.get(stream);
    // A stream never written: only `any` and `no_stream` may create it (CheckCommitForNewStream).
    if (!state) {
      return expected.kind === 'any' || expected.kind === 'no_stream'
        ? { kind: 'ok' }
        : { kind: 'wrong_expected_version', current: -1 };
    }
    // A tombstoned stream (last event number = DeletedStream) refuses every write, forever.
    if (state.tombstoned) return { kind: 'deleted' };
    const current = state.events.length - 1;
    // `stream_exists` on a soft-deleted stream is a deleted stream, not a wrong version.
    if (expected.kind === 'stream_exists' && state.softDeleted) return { kind: 'deleted' };

    // `any` and `stream_exists`: idempotent when the first id is already in this stream; the
    // ids after it must all be there too, or the append is a "corrupted idempotency", answered
    // as a wrong expected version (StorageWriterService). The server looks the ids up in a
    // bounded cache of recent commits; the double keeps every id.
    if (expected.kind === 'any' || expected.kind === 'stream_exists') {
      let last: LogEvent | undefined;
      for (const id of ids) {
        const known = this.byId.get(id);
        if (!known || known.stream !== stream) {
          return last ? { kind: 'wrong_expected_version', current } : { kind: 'ok' };
        }
        last = known;
      }
      return last ? { kind: 'idempotent', revision: last.revision, position: last.position } : { kind: 'ok' };
    }

    const expectedRevision = expected.kind === 'no_stream' ? -1 : expected.revision;
    // An expected revision behind the stream: idempotent only when the ids repeat, in order, the
    // events right after the expected revision; a mismatch on the first is a wrong expected
    // version (or, for `no_stream` on a soft-deleted stream, a reopening), on a later one a
    // corrupted idempotency, also a wrong expected version.
    if (expectedRevision < current) {
      let revision = expectedRevision;
      for (const id of ids) {
        revision++;
        if (state.events[revision]?.id === id) continue;
        if (revision === expectedRevision + 1 && expected.kind === 'no_stream' && state.softDeleted) {
          return { kind: 'ok' };
        }
        return { kind: 'wrong_expected_version', current };
      }
      if (revision === expectedRevision) return { kind: 'wrong_expected_version', current };
      const repeated = state.events[revision];
      return { kind: 'idempotent', revision, position: repeated.position };
    }
    if (expectedRevision > current) return { kind: 'wrong_expected_version', current };
    return { kind: 'ok' };
  }

  append(stream: string, expected: ExpectedState, events: ProposedEvent[]): AppendOutcome {
    // The size check comes before the commit check: the gRPC layer refuses the request while it
    // reads it (Streams.Append: "Maximum Append Size of {0} Exceeded."). The server counts each
    // event's size on disk; data plus metadata is the part that matters at this scale.
    const size = events.reduce((sum, e) => sum + e.data.length + e.metadata.length + e.type.length, 0);
    if (size > this.maxAppendSize) return { kind: 'too_large', maxAppendSize: this.maxAppendSize };

    const decision = this.checkCommit(
      stream,
      expected,
      events.map((e) => e.id),
    );
    if (decision.kind === 'wrong_expected_version' || decision.kind === 'deleted') return decision;
    if (decision.kind === 'idempotent') {
      // AlreadyCommitted: the original last revision and the original log position.
      return { kind: 'ok', revision: decision.revision, position: decision.position };
    }
    const state = this.streams.get(stream);
    if (state?.softDeleted) {
      // Appending to a soft-deleted stream reopens it: revisions go on from the old last one and
      // the old events stay hidden (docs: "Deleting events", soft delete).
      state.softDeleted = false;
    }
    const current = state ? state.events.length - 1 : -1;
    if (events.length === 0) return { kind: 'ok', revision: current, position: -1 };
    const written = this.write(stream, events, current);
    const last = written[written.length - 1];
    return { kind: 'ok', revision: last.revision, position: last.position };
  }

  /** Soft delete: the stream reads as not found, `$all` keeps its events, appends may reopen it. */
  delete(stream: string, expected: ExpectedState): AppendOutcome {
    const refused = this.checkDelete(stream, expected);
    if (refused) return refused;
    const state = this.streamState(stream);
    state.softDeleted = true;
    state.truncateBefore = state.events.length;
    // The server records it as `$tb` in the stream's metadata stream, a system event in `$all`.
    const [meta] = this.write(
      `$$${stream}`,
      [systemEvent('$metadata', { $tb: state.truncateBefore })],
      this.streamState(`$$${stream}`).events.length - 1,
    );
    return { kind: 'ok', revision: state.events.length - 1, position: meta.position };
  }

  /** Hard delete: a `$streamDeleted` event ends the stream; no append will ever be accepted. */
  tombstone(stream: string, expected: ExpectedState): AppendOutcome {
    const refused = this.checkDelete(stream, expected);
    if (refused) return refused;
    const state = this.streamState(stream);
    const [marker] = this.write(stream, [systemEvent('$streamDeleted', {})], state.events.length - 1);
    state.tombstoned = true;
    return { kind: 'ok', revision: marker.revision, position: marker.position };
  }

  /** A stream's visible events, or why there are none. */
  readStream(
    stream: string,
  ): { kind: 'ok'; events: LogEvent[] } | { kind: 'not_found' } | { kind: 'deleted' } {
    const state = this.streams.get(stream);
    if (!state) return { kind: 'not_found' };
    if (state.tombstoned) return { kind: 'deleted' };
    const visible = state.events.slice(state.truncateBefore);
    if (state.softDeleted || visible.length === 0) return { kind: 'not_found' };
    return { kind: 'ok', events: visible };
  }

  /** The whole log in position order (the double filters and pages it per request). */
  allEvents(): readonly LogEvent[] {
    return this.all;
  }

  /** The position a read from `END` starts at: just past the last record. */
  endPosition(): number {
    return this.end;
  }

  lastRevision(stream: string): number {
    return (this.streams.get(stream)?.events.length ?? 0) - 1;
  }

  onCommit(listener: (events: LogEvent[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private checkDelete(stream: string, expected: ExpectedState): AppendOutcome | undefined {
    const state = this.streams.get(stream);
    if (state?.tombstoned) return { kind: 'deleted' };
    const current = state ? state.events.length - 1 : -1;
    // A delete checks its expected revision like an append, without the idempotency rules.
    const holds =
      expected.kind === 'any' ||
      (expected.kind === 'no_stream' && current === -1) ||
      (expected.kind === 'stream_exists' && current >= 0 && !state?.softDeleted) ||
      (expected.kind === 'revision' && expected.revision === current);
    return holds ? undefined : { kind: 'wrong_expected_version', current };
  }

  private streamState(stream: string): StreamState {
    let state = this.streams.get(stream);
    if (!state) {
      state = { events: [], truncateBefore: 0, softDeleted: false, tombstoned: false };
      this.streams.set(stream, state);
    }
    return state;
  }

  /** One transaction: a prepare record per event (commit = prepare), then a commit record. */
  private write(stream: string, events: ProposedEvent[], current: number): LogEvent[] {
    const state = this.streamState(stream);
    const createdTicks = BigInt(Date.now()) * 10_000n;
    const written = events.map((e, i) => {
      const event: LogEvent = { ...e, stream, revision: current + 1 + i, position: this.end, createdTicks };
      this.end +=
        PREPARE_OVERHEAD + Buffer.byteLength(stream) + e.type.length + e.data.length + e.metadata.length;
      return event;
    });
    this.end += COMMIT_RECORD_SIZE;
    for (const event of written) {
      state.events.push(event);
      this.all.push(event);
      this.byId.set(event.id, event);
    }
    for (const listener of this.listeners) listener(written);
    return written;
  }
}

function systemEvent(type: string, data: unknown): ProposedEvent {
  return {
    id: randomUUID(),
    type,
    contentType: 'application/json',
    data: Buffer.from(JSON.stringify(data)),
    metadata: Buffer.alloc(0),
  };
}

export function matchesFilter(event: LogEvent, filter: Filter | undefined): boolean {
  if (!filter) return true;
  const subject = filter.on === 'event_type' ? event.type : event.stream;
  if (filter.prefixes && filter.prefixes.length > 0)
    return filter.prefixes.some((p) => subject.startsWith(p));
  return filter.regex ? filter.regex.test(subject) : true;
}

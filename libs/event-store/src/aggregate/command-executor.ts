import {
  ConcurrencyError,
  IdGenerator,
  requireBusinessTime,
  type Command,
  type Decider,
  type DomainEvent,
  WriteContext,
} from '@app/kernel';
import { EventStore, type EventToAppend } from '../port/event-store.port';
import { AggregateStateCache, type CachedAggregate } from './aggregate-state-cache';
import { chainAfter } from './hash-chain';
import type { HistoryKeyring } from './history-key';

/** A stream as the decision is made on it: its head revision and the state folded up to it. */
export interface AggregateHead<S> {
  streamId: string;
  /** -1 when the stream does not exist yet. */
  revision: number;
  state: S;
}

/**
 * Adds what the pure decider cannot know (the council's members, the cycle's calendar) to a
 * command. It runs inside the retry loop, on the state the decision is made on: a conflict with
 * a concurrent writer reads again and enriches again.
 */
export type Enrich<C extends Command, S> = (command: C, head: AggregateHead<S>) => Promise<C> | C;

export interface ExecuteOptions<C extends Command = Command, S = unknown> {
  /** The revision the caller saw (HTTP `If-Match`); a mismatch is a 409, never retried. */
  expectedRevision?: number;
  /** Retries on a concurrency conflict when the caller gave no expected revision. */
  retries?: number;
  enrich?: Enrich<C, S>;
}

export interface ExecuteResult<E extends DomainEvent = DomainEvent> {
  /** The stream's revision after the command (-1 when the stream still does not exist). */
  revision: number;
  /** What was appended; empty when the command changed nothing. */
  events: E[];
  /** Global position of the last appended event (undefined when nothing was appended). */
  position?: number;
}

/**
 * read -> enrich -> decide -> append with the expected revision. A conflict with a concurrent
 * writer re-runs the decision on the fresh state (the decider may now refuse). The append
 * resolves only once the store has committed, so an answer implies durability.
 *
 * The state of each stream it touched is kept (bounded, least recently used first), and a command
 * on a kept stream is decided on it without reading the store (issue 14: no read on the request
 * path for a stream this process knows). Nothing decided on kept state goes unproven: an append
 * carries the kept revision as its expected revision, so a stream another process wrote since
 * conflicts, which drops the entry and decides again on a full read; a refusal or a no-op, which
 * append nothing, is checked by reading the events after the kept revision and, if there are any,
 * decided again on the head. Every answer is therefore the one a full fold of the stream at that
 * moment would give.
 */
export class CommandExecutor {
  private readonly cache: AggregateStateCache;
  /** The store tells of every append (its database's only writer): a kept entry is current. */
  private readonly toldOfEveryAppend: boolean;

  constructor(
    private readonly store: EventStore,
    private readonly ids: IdGenerator,
    /** Every append is hashed under the current history key (issue 22); it never enters the store. */
    private readonly keys: HistoryKeyring,
    cache?: AggregateStateCache,
  ) {
    this.cache = cache ?? new AggregateStateCache();
    this.toldOfEveryAppend = store.watchAppends((streamId, revision) =>
      this.cache.dropIfBehind(streamId, revision),
    );
  }

  async execute<C extends Command, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    streamId: string,
    command: C,
    options: ExecuteOptions<C, S> = {},
  ): Promise<ExecuteResult<E>> {
    const attempts = options.expectedRevision === undefined ? (options.retries ?? 5) + 1 : 1;
    // The first decision trusts the kept state without reading: an append proves it by its
    // expected revision, and a refusal or a no-op (which append nothing) is checked below.
    let trusting = true;
    let caughtUp: CachedAggregate<S> | undefined;
    for (let attempt = 1; ; attempt++) {
      const kept = trusting ? this.kept(decider, streamId, options.expectedRevision) : undefined;
      trusting = false;
      const head = kept ?? caughtUp ?? (await this.head(decider, streamId));
      caughtUp = undefined;
      const { revision } = head;
      if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
        throw new ConcurrencyError(
          `${streamId} is at revision ${revision}, not ${options.expectedRevision}`,
          options.expectedRevision,
          revision,
        );
      }
      let enriched: C;
      let decided: E[];
      try {
        enriched = options.enrich
          ? await options.enrich(command, { streamId, revision, state: head.state })
          : command;
        decided = decider.decide(enriched, head.state);
      } catch (error) {
        // A refusal on kept state may be a refusal of the past: decide again on the store's head.
        if (kept && (caughtUp = await this.overtaken(decider, streamId, kept))) {
          attempt--;
          continue;
        }
        throw error;
      }
      if (decided.length === 0) {
        if (kept && (caughtUp = await this.overtaken(decider, streamId, kept))) {
          attempt--;
          continue;
        }
        return { revision, events: [] };
      }
      // After the decision, so the domain's own refusal (an item decided before its meeting) wins.
      checkBusinessTime(streamId, enriched, head.began);
      const toAppend = this.stamp(streamId, head, decided, enriched);
      try {
        const result = await this.store.append(streamId, toAppend, revision === -1 ? 'no_stream' : revision);
        this.cache.set(streamId, {
          owner: decider,
          revision: result.nextRevision,
          state: foldStored(decider, head.state, toAppend),
          lastHash: toAppend.at(-1)?.metadata.hash as string | undefined,
          began: head.began ?? (revision === -1 ? toAppend[0].metadata.occurredAt : undefined),
        });
        WriteContext.noteAppended(result.position);
        return { revision: result.nextRevision, events: decided, position: result.position };
      } catch (error) {
        // Whatever the store holds now, this entry no longer describes it: the next read is a full one.
        this.cache.drop(streamId);
        WriteContext.forgetReads();
        if (error instanceof ConcurrencyError && attempt < attempts) continue;
        throw error;
      }
    }
  }

  /**
   * The kept state, trusted as the head without a read, when the caller's `If-Match` (if any)
   * names its revision: a caller who saw a later revision proves the entry stale, so it is read.
   */
  private kept<S>(
    decider: Decider<never, DomainEvent, S>,
    streamId: string,
    expectedRevision: number | undefined,
  ): CachedAggregate<S> | undefined {
    const known = this.cache.get<S>(streamId, decider);
    if (known === undefined || known.revision === -1) return undefined;
    return expectedRevision === undefined || expectedRevision === known.revision ? known : undefined;
  }

  /** The store's head when it has events after the kept entry, otherwise undefined. */
  private async overtaken<S>(
    decider: Decider<never, DomainEvent, S>,
    streamId: string,
    kept: CachedAggregate<S>,
  ): Promise<CachedAggregate<S> | undefined> {
    const head = await this.head(decider, streamId, true);
    return head.revision !== kept.revision ? head : undefined;
  }

  /**
   * A stream's state as it is now, read the way a command's is (kept, caught up with the store):
   * for readers that need an aggregate's current state, such as the council directory and the
   * deadline follower, without folding the stream again. `atLeast`: a reader that has seen the
   * stream's events up to that revision (the deadline follower, from the log) takes the kept state
   * without a read when it already stands there or later.
   */
  async stateOf<C extends Command, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    streamId: string,
    atLeast?: number,
  ): Promise<AggregateHead<S>> {
    const known = atLeast === undefined ? undefined : this.cache.get<S>(streamId, decider);
    const { revision, state } =
      known !== undefined && known.revision >= (atLeast as number)
        ? known
        : await this.head(decider, streamId);
    return { streamId, revision, state };
  }

  /** The stream's head now: the cached state caught up with the events after it, or a full fold. */
  private async head<S>(
    decider: Decider<never, DomainEvent, S>,
    streamId: string,
    mustRead = false,
  ): Promise<CachedAggregate<S>> {
    const known = this.cache.get<S>(streamId, decider);
    // Read once per request: the access check and the enrichment both ask for the council, and a
    // second read a moment later is no fresher for the append, which does not cover that stream.
    // Not at all when the store tells of every append: an entry it has not dropped is current.
    if (known !== undefined && !mustRead && (this.toldOfEveryAppend || WriteContext.readBefore(streamId)))
      return known;
    const fresh = await this.store.readStream(
      streamId,
      known === undefined ? undefined : { fromRevision: known.revision + 1 },
    );
    const base: CachedAggregate<S> = known ?? { owner: decider, revision: -1, state: decider.initialState };
    WriteContext.noteRead(streamId);
    if (fresh.length === 0) {
      if (known === undefined) this.cache.set(streamId, base);
      return base;
    }
    if (fresh[0].revision !== base.revision + 1) {
      // Not a continuation of what we knew (a stream deleted and written anew): start over.
      this.cache.drop(streamId);
      return this.head(decider, streamId);
    }
    const last = fresh[fresh.length - 1];
    const head: CachedAggregate<S> = {
      owner: decider,
      revision: last.revision,
      state: fresh.reduce((state, event) => decider.evolve(state, event), base.state),
      lastHash: last.metadata.hash as string | undefined,
      began: base.revision === -1 ? fresh[0].metadata.occurredAt : base.began,
    };
    this.cache.set(streamId, head);
    return head;
  }

  private stamp(
    streamId: string,
    head: CachedAggregate<unknown>,
    events: DomainEvent[],
    command: Command,
  ): EventToAppend[] {
    const meta = command.metadata;
    const metadata: EventToAppend['metadata'] = {
      actor: meta.actor,
      ...(meta.councilId !== undefined && { councilId: meta.councilId }),
      correlationId: meta.correlationId,
      causationId: meta.causationId,
      recordedAt: meta.now,
      ...(meta.occurredAt !== undefined && { occurredAt: meta.occurredAt }),
    };
    return chainAfter(
      streamId,
      { revision: head.revision, hash: head.lastHash },
      events.map((event) => ({ id: this.ids.next(), type: event.type, data: event.data, metadata })),
      this.keys.current,
    );
  }
}

/**
 * Folds appended events as a later read would see them: their data after the store's JSON round
 * trip (an `undefined` field is gone), so the cached state equals a fresh fold of the stream.
 */
function foldStored<S>(
  decider: Decider<never, DomainEvent, S>,
  state: S,
  events: readonly EventToAppend[],
): S {
  return events.reduce(
    (s, e) =>
      decider.evolve(s, { type: e.type, data: JSON.parse(JSON.stringify(e.data ?? null)) as unknown }),
    state,
  );
}

/**
 * Business time is checked here, once for every aggregate: past or now, and never before the
 * case (a council's own stream is its case) began, where that is known: at its first write's
 * `occurredAt`. One entered without it may have begun any time before it was entered (a council
 * written down years after it was constituted), so nothing is refused against it.
 */
function checkBusinessTime(streamId: string, command: Command, began: string | undefined): void {
  const { occurredAt, now } = command.metadata;
  if (occurredAt === undefined) return;
  requireBusinessTime(occurredAt, now, began ? { at: began, what: `the ${caseWord(streamId)}` } : undefined);
}

/** `budgetProposal-p1` -> "budget proposal": stream ids are `<category>-<id>`. */
const caseWord = (streamId: string): string =>
  streamId
    .split('-')[0]
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

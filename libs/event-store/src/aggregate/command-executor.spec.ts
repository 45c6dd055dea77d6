import {
  ConcurrencyError,
  InvalidStateError,
  RandomIdGenerator,
  type Command,
  type CommandMetadata,
  type Decider,
  type DomainEvent,
  WriteContext,
} from '@app/kernel';
import type { AppendResult, EventToAppend, ExpectedRevision, StoredEvent } from '../port/event-store.port';
import { EventStore } from '../port/event-store.port';
import { PgliteSqlClient } from '../sql/pglite-sql-client';
import { SqlEventStore } from '../sql/sql-event-store';
import { assertPgliteCanLoad } from '../testing/pglite-under-jest';
import { uniqueStream } from '../testing/test-events';
import { AggregateStateCache } from './aggregate-state-cache';
import { CommandExecutor } from './command-executor';
import { eventHash } from './hash-chain';
import { HistoryKeyring } from './history-key';

/** A room with a few seats: enough rules to tell a decision on stale state from a right one. */
type RoomCommand =
  | Command<'OpenRoom', { seats: number }>
  | Command<'TakeSeat', { personId: string }>
  | Command<'CloseRoom', Record<string, never>>;
type RoomEvent =
  | DomainEvent<'RoomOpened', { seats: number }>
  | DomainEvent<'SeatTaken', { personId: string }>
  | DomainEvent<'RoomClosed', Record<string, never>>;
interface Room {
  seats: number;
  taken: string[];
  closed: boolean;
}
const room: Decider<RoomCommand, RoomEvent, Room> = {
  initialState: { seats: 0, taken: [], closed: false },
  evolve(state, event) {
    switch (event.type) {
      case 'RoomOpened':
        return { ...state, seats: event.data.seats, closed: false };
      case 'SeatTaken':
        return { ...state, taken: [...state.taken, event.data.personId] };
      case 'RoomClosed':
        return { ...state, closed: true };
    }
  },
  decide(command, state) {
    switch (command.type) {
      case 'OpenRoom':
        return [{ type: 'RoomOpened', data: { seats: command.data.seats } }];
      case 'TakeSeat':
        if (state.closed) throw new InvalidStateError('the room is closed');
        if (state.taken.includes(command.data.personId)) return [];
        if (state.taken.length >= state.seats) throw new InvalidStateError('no seat left');
        return [{ type: 'SeatTaken', data: { personId: command.data.personId } }];
      case 'CloseRoom':
        return state.closed ? [] : [{ type: 'RoomClosed', data: {} }];
    }
  },
};

const metadata: CommandMetadata = {
  actor: { personId: 'p', role: 'secretary' },
  now: '2026-12-06T10:00:00.000Z',
  correlationId: 'c',
  causationId: 'c',
};
const open = (seats: number): RoomCommand => ({ type: 'OpenRoom', data: { seats }, metadata });
const take = (personId: string): RoomCommand => ({ type: 'TakeSeat', data: { personId }, metadata });
const close: RoomCommand = { type: 'CloseRoom', data: {}, metadata };

/** The store, with a hook that runs once just before the next append (another writer's moment). */
class RacingStore extends EventStore {
  beforeNextAppend?: () => Promise<void>;
  readonly reads: { streamId: string; fromRevision?: number }[] = [];
  constructor(private readonly inner: EventStore) {
    super();
  }
  async append(streamId: string, events: EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    const hook = this.beforeNextAppend;
    this.beforeNextAppend = undefined;
    await hook?.();
    return this.inner.append(streamId, events, expected);
  }
  readStream(
    streamId: string,
    options?: { fromRevision?: number; maxCount?: number },
  ): Promise<StoredEvent[]> {
    this.reads.push({ streamId, fromRevision: options?.fromRevision });
    return this.inner.readStream(streamId, options);
  }
  readAll: EventStore['readAll'] = (options) => this.inner.readAll(options);
  subscribe: EventStore['subscribe'] = (options) => this.inner.subscribe(options);
  ping = () => this.inner.ping();
  close = () => this.inner.close();
}

describe('CommandExecutor: state kept per stream (issue 14)', () => {
  const keys = HistoryKeyring.fromSecrets(['executor-spec']);
  let store: SqlEventStore;
  let seen: RacingStore;
  let a: CommandExecutor;
  let b: CommandExecutor;

  beforeAll(async () => {
    assertPgliteCanLoad();
    store = await SqlEventStore.create(await PgliteSqlClient.open());
  });
  afterAll(() => store.close());
  beforeEach(() => {
    seen = new RacingStore(store);
    // Two executors on one store: two processes, each with its own cache.
    a = new CommandExecutor(seen, new RandomIdGenerator(), keys);
    b = new CommandExecutor(store, new RandomIdGenerator(), keys);
  });

  it('decides on the state it kept without reading, and as a full fold would', async () => {
    const stream = uniqueStream('room');
    await a.execute(room, stream, open(3));
    await a.execute(room, stream, take('anna'));
    seen.reads.length = 0;
    await a.execute(room, stream, take('bo'));
    // The append's expected revision proves the kept state was the head: no read before it.
    expect(seen.reads).toEqual([]);
    // A fresh executor folds the whole stream: it must come to the same decision.
    await expect(b.execute(room, stream, take('bo'))).resolves.toMatchObject({ revision: 2, events: [] });
  });

  it('given another process wrote since, when a command comes, then it decides on the store head', async () => {
    // Stale state here would refuse or skip without appending, so no expected revision could catch it.
    const stream = uniqueStream('room');
    await a.execute(room, stream, open(1));
    await a.execute(room, stream, close);
    await b.execute(room, stream, open(1));
    await expect(a.execute(room, stream, take('bo'))).resolves.toMatchObject({ revision: 3 });
    await b.execute(room, stream, close);
    await b.execute(room, stream, open(1));
    // A no-op answers the head's revision, and a command the stale state would skip is decided.
    await expect(a.execute(room, stream, take('bo'))).resolves.toEqual({ revision: 5, events: [] });
    await expect(a.execute(room, stream, close)).resolves.toMatchObject({ revision: 6 });
  });

  it('given a writer between its read and its append, then the conflict drops the entry and it decides again', async () => {
    const stream = uniqueStream('room');
    await a.execute(room, stream, open(1));
    seen.beforeNextAppend = async () => {
      await b.execute(room, stream, take('anna'));
    };
    await expect(a.execute(room, stream, take('bo'))).rejects.toThrow('no seat left');
    expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['RoomOpened', 'SeatTaken']);
    // The retry read the stream in full, not from its stale revision.
    expect(seen.reads.filter((r) => r.streamId === stream).at(-1)).toEqual({
      streamId: stream,
      fromRevision: undefined,
    });
  });

  it('given a refusal on kept state, when another process wrote since, then it reads and decides again', async () => {
    const stream = uniqueStream('room');
    await a.execute(room, stream, open(1));
    await b.execute(room, stream, take('anna'));
    await b.execute(room, stream, open(2));
    seen.reads.length = 0;
    // Kept: one seat, anna not in it (a never saw her) -> "bo" fits; but the head has anna and two seats.
    await expect(a.execute(room, stream, take('bo'))).resolves.toMatchObject({ revision: 3 });
    await a.execute(room, stream, close);
    await b.execute(room, stream, open(1));
    seen.reads.length = 0;
    // Kept: closed -> refused; the head is open again with one seat, already taken: refused for that.
    await expect(a.execute(room, stream, take('cy'))).rejects.toThrow('no seat left');
    expect(seen.reads).toEqual([{ streamId: stream, fromRevision: 5 }]);
  });

  it('reads a stream once per write request, and again after a conflict', async () => {
    const stream = uniqueStream('room');
    await b.execute(room, stream, open(3));
    await WriteContext.run(async () => {
      seen.reads.length = 0;
      await a.stateOf(room, stream);
      await a.stateOf(room, stream);
      expect(seen.reads).toHaveLength(1);
      seen.beforeNextAppend = async () => {
        await b.execute(room, stream, take('anna'));
      };
      await a.execute(room, stream, take('bo'));
      await a.stateOf(room, stream);
      // The conflict's retry read the stream anew; the state after the append is then known.
      expect(seen.reads).toHaveLength(2);
    });
    expect((await store.readStream(stream)).map((e) => e.type)).toEqual([
      'RoomOpened',
      'SeatTaken',
      'SeatTaken',
    ]);
  });

  it("refuses a caller's stale If-Match although its own cache agreed with the caller", async () => {
    const stream = uniqueStream('room');
    await a.execute(room, stream, open(5));
    await b.execute(room, stream, take('anna'));
    await expect(a.execute(room, stream, take('bo'), { expectedRevision: 0 })).rejects.toThrow(
      ConcurrencyError,
    );
    await expect(a.execute(room, stream, take('bo'), { expectedRevision: 1 })).resolves.toMatchObject({
      revision: 2,
    });
  });

  it('enriches inside the retry loop, on the state the decision is made on', async () => {
    const stream = uniqueStream('room');
    await a.execute(room, stream, open(2));
    const seenTaken: string[][] = [];
    seen.beforeNextAppend = async () => {
      await b.execute(room, stream, take('anna'));
    };
    await a.execute(room, stream, take('bo'), {
      enrich: (command, head) => {
        seenTaken.push(head.state.taken);
        return command;
      },
    });
    expect(seenTaken).toEqual([[], ['anna']]);
  });

  it('links the chain from the cached head as from the whole stream', async () => {
    const stream = uniqueStream('room');
    await a.execute(room, stream, open(3));
    await b.execute(room, stream, take('anna'));
    await a.execute(room, stream, take('bo'));
    await a.execute(room, stream, take('cy'));
    const events = await store.readStream(stream);
    let previous: string | undefined;
    for (const event of events) {
      const { streamId, revision, id, type, data, metadata } = event;
      const content = { streamId, revision, id, type, data, metadata: metadata as Record<string, unknown> };
      expect(event.metadata.hash).toBe(eventHash(previous, content, keys.current));
      previous = event.metadata.hash as string;
    }
    expect(events).toHaveLength(4);
  });
});

describe('CommandExecutor on a store that is its database’s only writer (the embedded store)', () => {
  const keys = HistoryKeyring.fromSecrets(['executor-spec']);
  let store: SqlEventStore;

  beforeAll(async () => {
    assertPgliteCanLoad();
    store = await SqlEventStore.create(await PgliteSqlClient.open(), { soleWriter: true });
  });
  afterAll(() => store.close());

  it('reads a stream it keeps only after an append to it, by whichever executor', async () => {
    const a = new CommandExecutor(store, new RandomIdGenerator(), keys);
    const b = new CommandExecutor(store, new RandomIdGenerator(), keys);
    const stream = uniqueStream('room');
    await a.execute(room, stream, open(2));
    const reads = jest.spyOn(store, 'readStream');
    try {
      await a.stateOf(room, stream);
      await a.stateOf(room, stream);
      expect(reads).not.toHaveBeenCalled();
      // Another writer on the same store: the store told `a`, which reads again, once.
      await b.execute(room, stream, take('anna'));
      reads.mockClear();
      await expect(a.stateOf(room, stream)).resolves.toMatchObject({
        revision: 1,
        state: { taken: ['anna'] },
      });
      await a.stateOf(room, stream);
      expect(reads.mock.calls.filter(([id]) => id === stream)).toHaveLength(1);
    } finally {
      reads.mockRestore();
    }
  });

  it('forgets a stream whose append failed, since it may have committed', async () => {
    const a = new CommandExecutor(store, new RandomIdGenerator(), keys);
    const stream = uniqueStream('room');
    await a.execute(room, stream, open(2));
    await a.stateOf(room, stream);
    const event: EventToAppend = {
      id: 'e-dup',
      type: 'SeatTaken',
      data: { personId: 'bo' },
      metadata: { actor: metadata.actor, correlationId: 'c', causationId: 'c', recordedAt: metadata.now },
    };
    await store.append(stream, [event], 0);
    await expect(store.append(stream, [{ ...event, id: 'e-other' }], 0)).rejects.toThrow(ConcurrencyError);
    const reads = jest.spyOn(store, 'readStream');
    try {
      await expect(a.stateOf(room, stream)).resolves.toMatchObject({ revision: 1, state: { taken: ['bo'] } });
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      reads.mockRestore();
    }
  });

  it('is not told of appends by a store that is not the only writer', async () => {
    const shared = await SqlEventStore.create(await PgliteSqlClient.open());
    try {
      expect(shared.watchAppends(() => undefined)).toBe(false);
    } finally {
      await shared.close();
    }
  });
});

describe('AggregateStateCache', () => {
  it('keeps the most recently used streams and forgets the oldest past its capacity', () => {
    const cache = new AggregateStateCache(2);
    const owner = {};
    for (const id of ['s1', 's2']) cache.set(id, { owner, revision: 0, state: id });
    cache.get('s1', owner);
    cache.set('s3', { owner, revision: 0, state: 's3' });
    expect(cache.get('s2', owner)).toBeUndefined();
    expect(cache.get('s1', owner)?.state).toBe('s1');
    expect(cache.size).toBe(2);
  });

  it("does not hand one decider's state to another", () => {
    const cache = new AggregateStateCache();
    cache.set('s', { owner: room, revision: 0, state: 'x' });
    expect(cache.get('s', {})).toBeUndefined();
  });
});

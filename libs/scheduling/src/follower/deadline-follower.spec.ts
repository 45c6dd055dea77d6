import {
  FixedClock,
  RandomIdGenerator,
  type AggregateDescriptor,
  type Command,
  type CommandMetadata,
  type Deadline,
  type DomainEvent,
} from '@app/kernel';
import {
  CommandExecutor,
  HistoryKeyring,
  PgliteSqlClient,
  SqlEventStore,
  type ReadStreamOptions,
  type StoredEvent,
} from '@app/event-store';
import { assertPgliteCanLoad } from '@app/event-store/testing/pglite-under-jest';
import { uniqueStream } from '@app/event-store/testing/test-events';
import type { DeadlineScheduler } from '../deadline-scheduler';
import { DeadlineFollower } from './deadline-follower';

const HOUR = 3_600_000;
const t0 = Date.parse('2026-03-01T12:00:00Z');
const at = (offset: number) => new Date(t0 + offset).toISOString();

/** A case with a deadline and a reminder an hour before it, as every aggregate has them. */
type CaseCommand = Command<'SetDeadline', { dueAt: string }>;
type CaseEvent = DomainEvent<'DeadlineSet', { dueAt: string }>;
const pending = (state: { dueAt?: string }, streamId: string): Deadline[] =>
  state.dueAt === undefined
    ? []
    : [
        { id: 'due', streamId, dueAt: state.dueAt, kind: 'deadline', command: { type: 'Lapse', data: {} } },
        {
          id: 'remind',
          streamId,
          dueAt: new Date(Date.parse(state.dueAt) - HOUR).toISOString(),
          kind: 'reminder',
          command: { type: 'Remind', data: {} },
        },
      ];
const kase: AggregateDescriptor<CaseCommand, CaseEvent, { dueAt?: string }> = {
  category: 'case',
  kind: 'hearings',
  decider: {
    initialState: {},
    evolve: (_state, event) => ({ dueAt: event.data.dueAt }),
    decide: (command) => [{ type: 'DeadlineSet', data: { dueAt: command.data.dueAt } }],
  },
  deadlines: { pending, commands: ['Lapse', 'Remind'] },
  view: (state) => state,
  summary: () => ({ title: '', status: '', dates: {} }),
  links: () => [],
  describe: () => 'deadline set',
};
const metadata: CommandMetadata = {
  actor: { personId: 'p', role: 'secretary' },
  now: at(0),
  correlationId: 'c',
  causationId: 'c',
};

describe('DeadlineFollower on the write path’s kept state', () => {
  let store: SqlEventStore;
  let reads: jest.SpyInstance<Promise<StoredEvent[]>, [string, ReadStreamOptions?]>;
  /** The streams read from their first event since the last call. */
  const fullReads = () =>
    reads.mock.calls.filter(([, options]) => options?.fromRevision === undefined).map(([id]) => id);
  const reconciled: Deadline[][] = [];
  const scheduler = {
    reconcile: async (_streamId: string, deadlines: readonly Deadline[]) => {
      reconciled.push([...deadlines]);
      return { added: 0, removed: 0, kept: 0 };
    },
  } as unknown as DeadlineScheduler;

  beforeAll(async () => {
    assertPgliteCanLoad();
    store = await SqlEventStore.create(await PgliteSqlClient.open());
    reads = jest.spyOn(store, 'readStream');
  });
  afterAll(() => store.close());

  it('takes what is pending from the kept state, and reads the history only for a reminder already due', async () => {
    const executor = new CommandExecutor(store, new RandomIdGenerator(), HistoryKeyring.fromSecrets(['k']));
    const stream = uniqueStream('case');
    await executor.execute(kase.decider, stream, {
      type: 'SetDeadline',
      data: { dueAt: at(5 * HOUR) },
      metadata,
    });
    const clock = new FixedClock(new Date(t0 + HOUR));
    const follower = new DeadlineFollower(store, scheduler, clock, [kase], executor);
    reads.mockClear();

    await follower.reconcileStream(stream);
    expect(fullReads()).toEqual([]);
    expect(reconciled.at(-1)?.map((d) => [d.id, d.missed])).toEqual([
      ['due', undefined],
      ['remind', undefined],
    ]);

    // Past the reminder's time, which the stream implied then: it was missed, and only the history says so.
    const late = new DeadlineFollower(
      store,
      scheduler,
      new FixedClock(new Date(t0 + 4.5 * HOUR)),
      [kase],
      executor,
    );
    await late.reconcileStream(stream);
    expect(fullReads()).toEqual([stream]);
    expect(reconciled.at(-1)?.find((d) => d.id === 'remind')?.missed).toBe(true);
  });

  it('answers as a full fold does without the kept state', async () => {
    const executor = new CommandExecutor(store, new RandomIdGenerator(), HistoryKeyring.fromSecrets(['k']));
    const stream = uniqueStream('case');
    await executor.execute(kase.decider, stream, {
      type: 'SetDeadline',
      data: { dueAt: at(5 * HOUR) },
      metadata,
    });
    // Another process moves the deadline: the kept state catches up before it is read.
    await new CommandExecutor(store, new RandomIdGenerator(), HistoryKeyring.fromSecrets(['k'])).execute(
      kase.decider,
      stream,
      {
        type: 'SetDeadline',
        data: { dueAt: at(9 * HOUR) },
        metadata,
      },
    );
    const clock = new FixedClock(new Date(t0 + HOUR));
    await new DeadlineFollower(store, scheduler, clock, [kase], executor).reconcileStream(stream);
    const kept = reconciled.at(-1);
    await new DeadlineFollower(store, scheduler, clock, [kase]).reconcileStream(stream);
    expect(kept).toEqual(reconciled.at(-1));
    expect(kept?.find((d) => d.id === 'due')?.dueAt).toBe(at(9 * HOUR));
  });

  it('tells Redis only when a stream’s deadlines changed, from the kept state without a read', async () => {
    const executor = new CommandExecutor(store, new RandomIdGenerator(), HistoryKeyring.fromSecrets(['k']));
    const stream = uniqueStream('case');
    const setDeadline = (offset: number) =>
      executor.execute(kase.decider, stream, { type: 'SetDeadline', data: { dueAt: at(offset) }, metadata });
    await setDeadline(5 * HOUR);
    const told: string[] = [];
    const counting = {
      serverTime: async () => Date.now(),
      reconcileAll: async (desired: AsyncIterable<unknown>) => {
        for await (const _ of desired);
        return { added: 0, removed: 0, kept: 0 };
      },
      reconcile: async (streamId: string, deadlines: readonly Deadline[]) => {
        if (streamId === stream) told.push(deadlines.find((d) => d.id === 'due')!.dueAt);
        return { added: 0, removed: 0, kept: 0 };
      },
    } as unknown as DeadlineScheduler;
    const follower = new DeadlineFollower(store, counting, new FixedClock(new Date(t0)), [kase], executor);
    await follower.start();
    try {
      reads.mockClear();
      await setDeadline(5 * HOUR); // after the start's rebuild: told once
      await setDeadline(5 * HOUR); // the same deadlines: Redis is not told again
      await setDeadline(7 * HOUR);
      for (let i = 0; i < 500 && told.length < 2; i++) await new Promise((done) => setTimeout(done, 20));
      expect(told).toEqual([at(5 * HOUR), at(7 * HOUR)]);
      // Every event was this executor's own: its kept state stood at each, so nothing was read.
      expect(reads.mock.calls.filter(([id]) => id === stream)).toEqual([]);
    } finally {
      await follower.stop();
    }
  });
});

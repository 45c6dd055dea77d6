import {
  InvalidInputError,
  RandomIdGenerator,
  scheduledCommand,
  type AggregateDescriptor,
  type Command,
  type CommandMetadata,
  type DomainEvent,
} from '@app/kernel';
import { CommandExecutor } from '../aggregate/command-executor';
import { HistoryKeyring } from '../aggregate/history-key';
import { PgliteSqlClient } from '../sql/pglite-sql-client';
import { SqlEventStore } from '../sql/sql-event-store';
import { assertPgliteCanLoad } from '../testing/pglite-under-jest';
import { uniqueStream } from '../testing/test-events';
import { AggregateCommand, AggregateCommandHandler, AggregateEnrichments } from './aggregate-command';

type TallyCommand = Command<'Count', { by: number }> | Command<'Remind', { late?: boolean }>;
type TallyEvent = DomainEvent<'Counted', { by: number; total: number }>;
const tally: AggregateDescriptor<TallyCommand, TallyEvent, number> = {
  category: 'tally',
  kind: 'hearings',
  decider: {
    initialState: 0,
    evolve: (total, event) => event.data.total,
    decide: (command, total) =>
      command.type === 'Count'
        ? [{ type: 'Counted', data: { by: command.data.by, total: total + command.data.by } }]
        : [],
  },
  deadlines: { pending: () => [], commands: ['Remind'] },
  view: (total) => ({ total }),
  summary: () => ({ title: '', status: '', dates: {} }),
  links: () => [],
  describe: (event) => `counted ${event.data.by}`,
};
const metadata: CommandMetadata = {
  actor: { personId: 'p', role: 'secretary' },
  now: '2026-12-06T10:00:00.000Z',
  correlationId: 'c',
  causationId: 'c',
};

describe('the one bus handler', () => {
  let store: SqlEventStore;
  let handler: AggregateCommandHandler;
  let enrichments: AggregateEnrichments;

  beforeAll(async () => {
    assertPgliteCanLoad();
    store = await SqlEventStore.create(await PgliteSqlClient.open());
  });
  afterAll(() => store.close());
  beforeEach(() => {
    enrichments = new AggregateEnrichments();
    const executor = new CommandExecutor(store, new RandomIdGenerator(), HistoryKeyring.fromSecrets(['k']));
    handler = new AggregateCommandHandler(executor, enrichments);
  });

  it("decides with the aggregate's enrichment on the state it decides on, then runs `after` once", async () => {
    const stream = uniqueStream('tally');
    const after: number[] = [];
    enrichments.register(tally, {
      // Doubles whatever it is asked to count once the tally has begun: a fact the state holds.
      enrich: (command, { state }) =>
        command.type === 'Count' && state > 0 ? { ...command, data: { by: command.data.by * 2 } } : command,
      after: async (_command, result) => {
        after.push(result.revision);
      },
    });
    const count = (by: number) =>
      new AggregateCommand(tally, stream, { type: 'Count', data: { by }, metadata });
    await handler.execute(count(1));
    await expect(handler.execute(count(3))).resolves.toMatchObject({ revision: 1 });
    expect((await store.readStream(stream)).map((e) => e.data)).toEqual([
      { by: 1, total: 1 },
      { by: 6, total: 7 },
    ]);
    expect(after).toEqual([0, 1]);
  });

  it('refuses a second enrichment for one aggregate: a wiring mistake fails at start', () => {
    enrichments.register(tally, {});
    expect(() => enrichments.register(tally, {})).toThrow('tally already has an enrichment');
  });

  it('runs only the commands the aggregate’s deadlines send when a job fires', () => {
    expect(scheduledCommand(tally, { type: 'Remind', data: {}, metadata }).type).toBe('Remind');
    expect(() => scheduledCommand(tally, { type: 'Count', data: { by: 1 }, metadata })).toThrow(
      InvalidInputError,
    );
  });
});

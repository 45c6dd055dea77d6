import type { EventStore } from '../port/event-store.port';
import { PgSqlClient } from '../sql/pg-sql-client';
import { SqlEventStore } from '../sql/sql-event-store';
import { dropSchema, TEST_DATABASE_URL, testSchemaName } from '../testing/postgres-test-schema';
import { testEvent } from '../testing/test-events';
import { CaseLocator } from './case-locator';

const recordedFor = (councilId: string) => {
  const event = testEvent('CaseOpened');
  return { ...event, metadata: { ...event.metadata, councilId } };
};

describe('CaseLocator (PostgreSQL)', () => {
  const schema = testSchemaName('case_locator');
  let store: EventStore;
  let cases: CaseLocator;

  beforeAll(async () => {
    const sql = await PgSqlClient.connect({ connectionString: TEST_DATABASE_URL, schema, max: 2 });
    store = await SqlEventStore.create(sql, { channel: `events_${schema}` });
    cases = new CaseLocator(store);
    // Written before councils had their own namespace.
    await store.append('hearing-old', [recordedFor('c1')], 'no_stream');
    await store.append('hearing-c2~new', [recordedFor('c2')], 'no_stream');
  });
  afterAll(async () => {
    await store?.close();
    await dropSchema(schema);
  });

  it('finds a case in its stream written before the namespace, for its own council only', async () => {
    expect(await cases.streamOf('hearing', 'c1', 'old')).toBe('hearing-old');
    expect(await cases.streamOf('hearing', 'c2', 'old')).toBe('hearing-c2~old');
    expect(await cases.read('hearing', 'c2', 'old')).toEqual([]);
    expect((await cases.read('hearing', 'c1', 'old')).map((e) => e.streamId)).toEqual(['hearing-old']);
  });

  it('puts every other case in its council’s namespace, and never shows it to another council', async () => {
    expect(await cases.streamOf('hearing', 'c2', 'new')).toBe('hearing-c2~new');
    expect(await cases.streamOf('followUp', 'c1', 'fresh')).toBe('followUp-c1~fresh');
    expect(await cases.exists('hearing', 'c2', 'new')).toBe(true);
    expect(await cases.exists('hearing', 'c1', 'new')).toBe(false);
  });

  it('reads a council as a case of its own, and finds nothing without a council', async () => {
    expect(await cases.streamOf('council', 'c1', 'c1')).toBe('council-c1');
    await expect(cases.streamOf('hearing', undefined, 'old')).rejects.toThrow('hearing old not found');
  });

  it('names the link a command carries when it is not a case of the council', async () => {
    await expect(
      cases.requireLink({ category: 'hearing', label: 'hearing', id: 'new' }, 'c1', 'refersTo'),
    ).rejects.toMatchObject({
      status: 400,
      field: 'refersTo',
      message: 'refersTo: this council has no hearing new',
    });
    await cases.requireLink({ category: 'hearing', label: 'hearing', id: 'old' }, 'c1', 'refersTo');
  });
});

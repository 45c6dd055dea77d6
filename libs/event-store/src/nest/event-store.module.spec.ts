import { Test } from '@nestjs/testing';
import { IdGenerator } from '@app/kernel';
import { CommandExecutor } from '../aggregate/command-executor';
import { EventStore } from '../port/event-store.port';
import { ReadModelSql } from '../sql/sql-client';
import { assertPgliteCanLoad } from '../testing/pglite-under-jest';
import { dropSchema, TEST_DATABASE_URL, testSchemaName } from '../testing/postgres-test-schema';
import { testEvent, uniqueStream } from '../testing/test-events';
import { EventStoreModule, type EventStoreModuleOptions } from './event-store.module';

async function roundTrip(options: EventStoreModuleOptions): Promise<void> {
  const moduleRef = await Test.createTestingModule({
    imports: [EventStoreModule.forRoot(options)],
  }).compile();
  await moduleRef.init();
  const store = moduleRef.get(EventStore);
  const sql = moduleRef.get(ReadModelSql);
  expect(moduleRef.get(CommandExecutor)).toBeInstanceOf(CommandExecutor);
  expect(typeof moduleRef.get(IdGenerator).next()).toBe('string');

  const stream = uniqueStream();
  const { position } = await store.append(stream, [testEvent()], 'no_stream');
  // Read models share the events' database for the SQL stores.
  const { rows } = await sql.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM events WHERE position = $1',
    [position],
  );
  expect(rows[0].n).toBe(1);

  await moduleRef.close();
  await expect(store.ping()).rejects.toBeDefined();
}

describe('EventStoreModule', () => {
  it('wires the embedded store, read-model SQL and command executor, and closes them', async () => {
    assertPgliteCanLoad();
    await roundTrip({ kind: 'embedded' });
  });

  it('wires PostgreSQL in its own schema', async () => {
    const schema = testSchemaName('es_module');
    try {
      await roundTrip({ kind: 'postgres', databaseUrl: TEST_DATABASE_URL, schema });
    } finally {
      await dropSchema(schema);
    }
  });

  it('refuses postgres without a URL', async () => {
    const building = Test.createTestingModule({
      imports: [EventStoreModule.forRoot({ kind: 'postgres' })],
    }).compile();
    await expect(building).rejects.toThrow(/DATABASE_URL/);
  });
});

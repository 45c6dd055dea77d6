import { UnavailableError } from '@app/kernel';
import { Client } from 'pg';
import { dropSchema, TEST_DATABASE_URL, testSchemaName } from '../testing/postgres-test-schema';
import { PgSqlClient } from './pg-sql-client';

/**
 * A connection the pool has lent to a transaction has no pool listener for its 'error' event, and
 * an EventEmitter's 'error' without a listener is thrown: a server that goes away while a
 * transaction holds a connection between two statements (CI saw it as "read ECONNRESET" in
 * faults-outage) must fail that transaction as a 503, not take the process down.
 */
describe('PgSqlClient when the server drops a connection a transaction holds', () => {
  const schema = testSchemaName('pgclient');
  let sql: PgSqlClient;
  let admin: Client;

  beforeAll(async () => {
    sql = await PgSqlClient.connect({ connectionString: TEST_DATABASE_URL, schema, max: 2 });
    admin = new Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
  });

  afterAll(async () => {
    await sql?.close();
    await admin?.end();
    await dropSchema(schema);
  });

  it('fails the transaction as unavailable, keeps the process, and the pool serves the next query', async () => {
    const outcome = await sql
      .transaction(async (tx) => {
        const [{ pid }] = (await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
        // Terminated while idle in the transaction: the server's goodbye arrives with no query
        // running, which is exactly when pg emits 'error' on the client itself.
        await admin.query('SELECT pg_terminate_backend($1)', [pid]);
        await waitUntilGone(pid);
        await tx.query('SELECT 1');
      })
      .then(
        () => 'committed',
        (error: unknown) => error,
      );

    expect(outcome).toBeInstanceOf(UnavailableError);
    expect((await sql.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  async function waitUntilGone(pid: number): Promise<void> {
    for (;;) {
      const { rows } = await admin.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid]);
      if (rows.length === 0) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
});

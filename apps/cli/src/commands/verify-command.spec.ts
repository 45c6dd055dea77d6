import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PgSqlClient, SqlEventStore } from '@app/event-store';
import { dropSchema, TEST_DATABASE_URL, testSchemaName } from '@app/event-store/testing/postgres-test-schema';
import { cliEnv, runCli } from '@app/history/testing/cli-runner';
import { recordScenario } from '@app/history/testing/test-scenario';
import { deleteRedisPrefix } from '../../../../test/support/test-app';
import { verifyCommand } from './verify-command';

describe('npm run cli -- verify', () => {
  const schema = testSchemaName('cli_verify');
  const dataDir = mkdtempSync(join(tmpdir(), 'cli-verify-'));
  let sql: PgSqlClient;

  beforeAll(async () => {
    sql = await PgSqlClient.connect({ connectionString: TEST_DATABASE_URL, schema });
    const store = await SqlEventStore.create(sql, { ownsClient: false });
    await recordScenario(store);
    await store.close();
  });
  afterAll(async () => {
    await sql?.close();
    await dropSchema(schema);
    await deleteRedisPrefix(schema);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('says the chain is intact, then names the event changed by SQL', async () => {
    const intact = await runCli(verifyCommand, [], cliEnv(schema, dataDir));
    expect(intact.stdout).toBe('hash chain intact: 9 events in 4 streams\n');

    const { rows } = await sql.query<{ event_id: string }>(
      `UPDATE events SET data = jsonb_set(data, '{outcome}', '"rejected"')
       WHERE stream_id = 'budgetProposal-p1' AND revision = 1 RETURNING event_id`,
    );
    await expect(runCli(verifyCommand, [], cliEnv(schema, dataDir))).rejects.toThrow(
      `1 of 9 events break the hash chain; the first: budgetProposal-p1 revision 1 (event ${rows[0].event_id}, BudgetProposalDecided`,
    );
  });
});

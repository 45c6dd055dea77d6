import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  const verify = (...args: string[]) =>
    runCli(verifyCommand, ['--no-read-models', ...args], cliEnv(schema, dataDir));

  it('says the chain is intact and keyed, seals it, then names the event changed by SQL and the cut', async () => {
    const intact = await verify('--write-seal', join(dataDir, 'kept.seal.json'));
    expect(intact.stdout).toMatch(
      /^hash chain intact: 9 events in 4 streams\n {2}9 keyed \(HMAC-SHA256, keys [0-9a-f]{16}\), 0 legacy/,
    );
    expect(intact.stdout).toMatch(
      /sealed 9 events in 4 streams up to position \d+ into .*kept\.seal\.json; signer fingerprint [0-9a-f]{32}/,
    );
    expect(JSON.parse(readFileSync(join(dataDir, 'kept.seal.json'), 'utf8'))).toMatchObject({ events: 9 });

    // An evaluator without the key still checks the seal; the keyed hashes are said to be unchecked.
    const withoutKey = await runCli(
      verifyCommand,
      ['--no-read-models', '--seal', join(dataDir, 'kept.seal.json')],
      { ...cliEnv(schema, dataDir), HISTORY_KEY: '' },
    );
    expect(withoutKey.stdout).toContain('9 keyed events NOT checked');
    expect(withoutKey.stdout).toContain('signature valid');
    expect(withoutKey.stdout).toContain('the log still begins with the 9 events in 4 streams');

    const { rows } = await sql.query<{ event_id: string }>(
      `UPDATE events SET data = jsonb_set(data, '{outcome}', '"rejected"')
       WHERE stream_id = 'budgetProposal-p1' AND revision = 1 RETURNING event_id`,
    );
    await expect(verify()).rejects.toThrow(
      `1 of 9 events break the hash chain; the first: budgetProposal-p1 revision 1 (event ${rows[0].event_id}, BudgetProposalDecided`,
    );
    await expect(verify('--write-seal', join(dataDir, 'bad.seal.json'))).rejects.toThrow(
      /break the hash chain/,
    );
    expect(existsSync(join(dataDir, 'bad.seal.json'))).toBe(false);

    await sql.query(`DELETE FROM events WHERE stream_id = 'followUp-f1' AND revision = 1`);
    await expect(verify('--seal', join(dataDir, 'kept.seal.json'))).rejects.toThrow(
      'followUp-f1 had 2 events when sealed and has 1 now: revision 1 is missing',
    );
  });

  it('refuses a seal changed after it was signed', async () => {
    const path = join(dataDir, 'kept.seal.json');
    const seal = JSON.parse(readFileSync(path, 'utf8'));
    seal.streams[0].length += 1;
    writeFileSync(join(dataDir, 'edited.seal.json'), JSON.stringify(seal));
    await expect(verify('--seal', join(dataDir, 'edited.seal.json'))).rejects.toThrow(
      /was changed after it was signed/,
    );
  });
});

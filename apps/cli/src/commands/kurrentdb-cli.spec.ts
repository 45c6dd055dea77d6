import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PgSqlClient, SqlEventStore } from '@app/event-store';
import { KurrentDbDouble } from '@app/event-store/testing/kurrentdb-double/kurrentdb-double';
import { dropSchema, TEST_DATABASE_URL, testSchemaName } from '@app/event-store/testing/postgres-test-schema';
import { cliEnv, runCli } from '@app/history/testing/cli-runner';
import { record } from '@app/history/testing/history-test-store';
import { deleteRedisPrefix } from '../../../../test/support/test-app';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { replayCommand } from './replay-command';
import { verifyCommand } from './verify-command';

const digestOf = (stdout: string) => /^digest ([0-9a-f]{64})$/m.exec(stdout)?.[1];

/**
 * The CLI on KurrentDB, the production store (here the in-memory protocol double through the
 * unchanged adapter and official client; read models in PostgreSQL, as in production): a council
 * exported from PostgreSQL, imported into KurrentDB, verified, and its read models rebuilt by
 * `replay` to the same digest twice.
 */
describe('npm run cli on KurrentDB (in-memory protocol double, not a real server)', () => {
  const source = testSchemaName('cli_kdb_source');
  const readModels = testSchemaName('cli_kdb_rm');
  const dataDir = mkdtempSync(join(tmpdir(), 'cli-kurrentdb-'));
  let double: KurrentDbDouble;
  const kurrentEnv = () => ({
    ...cliEnv(readModels, dataDir),
    EVENT_STORE: 'kurrentdb',
    KURRENTDB_URL: double.url,
  });

  beforeAll(async () => {
    double = await KurrentDbDouble.start({ batchAppend: true });
    const sql = await PgSqlClient.connect({ connectionString: TEST_DATABASE_URL, schema: source });
    const store = await SqlEventStore.create(sql);
    const at = (h: number) => new Date(Date.UTC(2026, 0, 5, h)).toISOString();
    await record(
      store,
      'clitest-a',
      'c1',
      [1, 2, 3].map((h) => ({ type: 'Noted', data: { h }, recordedAt: at(h) })),
    );
    await record(store, 'clitest-b', 'c1', [{ type: 'Noted', data: { h: 4 }, recordedAt: at(4) }]);
    await store.close();
  });
  afterAll(async () => {
    await double?.close();
    for (const schema of [source, readModels]) {
      await dropSchema(schema);
      await deleteRedisPrefix(schema);
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('imports into KurrentDB, verifies the hash chains and replays the read models to one digest', async () => {
    const exported = await runCli(exportCommand, ['--council', 'c1'], cliEnv(source, dataDir));
    const imported = await runCli(importCommand, [], kurrentEnv(), exported.stdout);
    expect(imported.stdout).toBe('imported 4 events in 2 streams\n');
    expect((await runCli(verifyCommand, [], kurrentEnv())).stdout).toContain('intact: 4 events');

    const first = await runCli(replayCommand, [], kurrentEnv());
    expect(first.stdout).toMatch(/^replayed 4 events into/);
    expect(first.stdout).toMatch(/^ {2}timeline +4 rows/m);
    const second = await runCli(replayCommand, [], kurrentEnv());
    expect(digestOf(first.stdout)).toBeDefined();
    expect(digestOf(second.stdout)).toBe(digestOf(first.stdout));
  }, 120_000);
});

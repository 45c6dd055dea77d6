import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PgSqlClient, SqlEventStore } from '@app/event-store';
import { dropSchema, TEST_DATABASE_URL, testSchemaName } from '@app/event-store/testing/postgres-test-schema';
import { cliEnv, runCli } from '@app/history/testing/cli-runner';
import { record } from '@app/history/testing/history-test-store';
import { deleteRedisPrefix } from '../../../../test/support/test-app';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { replayCommand } from './replay-command';
import { verifyCommand } from './verify-command';

const digestOf = (stdout: string) => /^digest ([0-9a-f]{64})$/m.exec(stdout)?.[1];

describe('npm run cli -- export | import, then replay', () => {
  const source = testSchemaName('cli_export');
  const target = testSchemaName('cli_import');
  const dataDir = mkdtempSync(join(tmpdir(), 'cli-export-'));

  beforeAll(async () => {
    const sql = await PgSqlClient.connect({ connectionString: TEST_DATABASE_URL, schema: source });
    const store = await SqlEventStore.create(sql);
    // A category no feature knows: the app's real read models must not choke on stand-in data.
    const at = (h: number) => new Date(Date.UTC(2026, 0, 5, h)).toISOString();
    await record(
      store,
      'clitest-a',
      'c1',
      [1, 2, 3].map((h) => ({ type: 'Noted', data: { h }, recordedAt: at(h) })),
    );
    await record(store, 'clitest-x', 'c2', [{ type: 'Noted', data: {}, recordedAt: at(4) }]);
    await record(
      store,
      'clitest-b',
      'c1',
      [5, 6].map((h) => ({ type: 'Noted', data: { h }, recordedAt: at(h) })),
    );
    await store.close();
  });
  afterAll(async () => {
    for (const schema of [source, target]) {
      await dropSchema(schema);
      await deleteRedisPrefix(schema);
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('moves one council into an empty store and replays it to the same digest, twice', async () => {
    const exported = await runCli(exportCommand, ['--council', 'c1'], cliEnv(source, dataDir));
    const lines = exported.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(exported.stderr).toContain('exported 5 events of council c1');

    const imported = await runCli(importCommand, [], cliEnv(target, dataDir), exported.stdout);
    expect(imported.stdout).toBe('imported 5 events in 2 streams\n');
    expect((await runCli(verifyCommand, [], cliEnv(target, dataDir))).stdout).toContain('intact: 5 events');
    await expect(runCli(importCommand, [], cliEnv(target, dataDir), exported.stdout)).rejects.toThrow(
      /empty event store/,
    );

    const first = await runCli(replayCommand, [], cliEnv(target, dataDir));
    expect(first.stdout).toMatch(/^replayed 5 events into/);
    expect(first.stderr).toMatch(/5 \/ 5 events/);
    const second = await runCli(replayCommand, [], cliEnv(target, dataDir));
    expect(digestOf(second.stdout)).toBeDefined();
    expect(digestOf(second.stdout)).toBe(digestOf(first.stdout));
    // Five CLI runs, three with the whole app and verify's in-memory rebuild: slow on 2 busy cores.
  }, 120_000);

  it('refuses an export without a council', async () => {
    await expect(runCli(exportCommand, [], cliEnv(source, dataDir))).rejects.toThrow(
      /usage: export --council/,
    );
  });
});

/**
 * Issue 22, part 3: the CLI beside a running server on the embedded store. PGlite is one
 * process's database; before the lock, `export` and `replay` aborted with `Aborted()` and left a
 * 0-byte export. Now the server holds DATA_DIR's lock and every CLI command is refused by name,
 * changing nothing; once the server is gone (even killed, leaving a stale lock) they work.
 * Child processes, because the lock is per process.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  AppProcess,
  bearer,
  call,
  freshAppState,
  runCli,
  seedCouncilOverHttp,
} from './support/process-harness';
import { dropTestState } from './support/test-app';

describe('the CLI beside a running embedded server (issue 22)', () => {
  const state = freshAppState('embedded', 'cli_beside');
  let app: AppProcess | undefined;
  const out = join(state.dataDir, 'council.jsonl');

  afterAll(async () => {
    await app?.kill();
    await dropTestState({ redisPrefix: state.redisPrefix, dataDir: state.dataDir });
  });

  it('refuses every command while the server runs, then works once it is gone', async () => {
    app = await AppProcess.start(state);
    await seedCouncilOverHttp(app.url, 'cli-council', ['anna']);
    const refusal = `the server (pid ${app.pid}) is using DATA_DIR ${state.dataDir}: stop it first`;
    for (const args of [['export', '--council', 'cli-council', '--out', out], ['replay'], ['verify']]) {
      const run = await runCli(state, args);
      expect({ args, code: run.code, refused: run.output.includes(refusal) }).toEqual({
        args,
        code: 1,
        refused: true,
      });
    }
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(state.dataDir).filter((f) => f.includes('partial'))).toEqual([]);
    // The server was not disturbed; it names its store, and started without route warnings.
    const health = await call(`${app.url}/health`);
    expect(health).toMatchObject({
      status: 200,
      body: { store: `embedded at ${join(state.dataDir, 'event-store')}` },
    });
    expect(app.log()).toContain(`store: embedded at ${join(state.dataDir, 'event-store')}`);
    expect(app.log()).not.toContain('LegacyRouteConverter');
    // A seal, from the running server, for the one who keeps it.
    const seal = await call(`${app.url}/api/history/seal`, {
      headers: bearer({ personId: 'admin-1', role: 'admin' }),
    });
    expect(seal).toMatchObject({ status: 200, body: { format: 'council-history-seal/1' } });

    // Killed: no shutdown hook removes the lock; its pid is dead, so the CLI takes it over.
    await app.kill();
    const exported = await runCli(state, ['export', '--council', 'cli-council', '--out', out]);
    expect(exported).toMatchObject({ code: 0 });
    expect(exported.output).toMatch(/exported \d+ events of council cli-council/);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(lines[0])).toMatchObject({ streamId: 'council-cli-council', revision: 0 });

    const verified = await runCli(state, ['verify']);
    expect(verified.output).toMatch(/hash chain intact: \d+ events/);
    expect(verified.output).toMatch(/read models match the log/);
    expect(verified.code).toBe(0);
    rmSync(out);
  }, 240_000);
});

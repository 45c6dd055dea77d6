import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_DIR_LOCK_FILE, DataDirLockedError, lockDataDir } from './data-dir-lock';

/** A process that lives until killed, and one that has already exited (its pid is dead). */
function sleeper() {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  return { pid: child.pid!, stop: () => new Promise((done) => child.once('exit', done).kill('SIGKILL')) };
}
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((done) => child.once('exit', done));
  return child.pid!;
}

describe('the DATA_DIR lock (issue 22)', () => {
  let dir: string;
  const lockFile = () => join(dir, DATA_DIR_LOCK_FILE);
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'data-dir-lock-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is taken with this pid and removed on release', () => {
    const release = lockDataDir(dir, 'server');
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid, role: 'server' });
    release();
    expect(existsSync(lockFile())).toBe(false);
  });

  it('refuses while a live server holds it, naming its pid', async () => {
    const server = sleeper();
    try {
      writeFileSync(lockFile(), JSON.stringify({ pid: server.pid, role: 'server', since: 'then' }));
      expect(() => lockDataDir(dir, 'npm run cli -- export')).toThrow(
        new DataDirLockedError(dir, { pid: server.pid, role: 'server', since: 'then' }),
      );
      expect(() => lockDataDir(dir, 'x')).toThrow(
        `the server (pid ${server.pid}) is using DATA_DIR ${dir}: stop it first`,
      );
    } finally {
      await server.stop();
    }
  });

  it('takes over a stale lock left by a process that died', async () => {
    const pid = await deadPid();
    writeFileSync(lockFile(), JSON.stringify({ pid, role: 'server', since: 'then' }));
    const release = lockDataDir(dir, 'npm run cli -- verify');
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid });
    release();
  });
});

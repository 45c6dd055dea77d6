import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DATA_DIR_LOCK_FILE = 'lock';

export interface DataDirLockOwner {
  pid: number;
  /** `server` or `cli …`, so the refusal can say who holds it. */
  role: string;
  since: string;
}

/** Raised when another live process holds DATA_DIR; its message tells the operator what to do. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: DataDirLockOwner,
  ) {
    const who =
      owner.role === 'server' ? `the server (pid ${owner.pid})` : `${owner.role} (pid ${owner.pid})`;
    super(`${who} is using DATA_DIR ${dataDir}: stop it first`);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else; still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): DataDirLockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as DataDirLockOwner;
    return Number.isInteger(owner?.pid) ? owner : undefined;
  } catch {
    return undefined;
  }
}

/** Locks held by this process, counted: one process may open its own store more than once (tests). */
const held = new Map<string, number>();

/**
 * The embedded store (PGlite) is one process's database: two processes on one directory corrupt
 * it, or abort with `Aborted()`. The server and every CLI command take DATA_DIR/lock (created
 * exclusively, holding the pid) before opening it. A lock whose pid is dead (a crash, kill -9)
 * is stale and taken over. Returns the release.
 */
export function lockDataDir(dataDir: string, role: string): () => void {
  const path = join(dataDir, DATA_DIR_LOCK_FILE);
  const count = held.get(path);
  if (count !== undefined) {
    held.set(path, count + 1);
    return once(() => release(path));
  }
  const me: DataDirLockOwner = { pid: process.pid, role, since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(me), { flag: 'wx', mode: 0o600 });
      held.set(path, 1);
      return once(() => release(path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 3) throw error;
    }
    const owner = readOwner(path);
    if (owner && owner.pid !== process.pid && alive(owner.pid)) throw new DataDirLockedError(dataDir, owner);
    // Stale (dead pid, or an unreadable half-written file): remove it and try again.
    try {
      unlinkSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

function release(path: string): void {
  const count = held.get(path) ?? 0;
  if (count > 1) {
    held.set(path, count - 1);
    return;
  }
  held.delete(path);
  if (readOwner(path)?.pid !== process.pid) return;
  try {
    unlinkSync(path);
  } catch {
    // Already gone: nothing to release.
  }
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}

/** Who holds DATA_DIR now, if a live process does (for `/health`-like reports and the CLI). */
export function dataDirLockOwner(dataDir: string): DataDirLockOwner | undefined {
  const owner = readOwner(join(dataDir, DATA_DIR_LOCK_FILE));
  return owner && alive(owner.pid) ? owner : undefined;
}

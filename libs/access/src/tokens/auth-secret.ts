import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const AUTH_SECRET_FILE = 'auth-secret';

/**
 * Issue 3: tokens are signed with AUTH_SECRET; when it is unset, a secret is generated into
 * DATA_DIR on the first run and reused after, so a restart does not log everybody out.
 * The file is created exclusively (`wx`) with mode 0600: two processes starting together
 * cannot end up with different secrets, and only the owner can read it.
 */
export function resolveAuthSecret(options: { authSecret?: string; dataDir: string }): string {
  const given = options.authSecret?.trim();
  if (given) return given;
  const path = join(options.dataDir, AUTH_SECRET_FILE);
  const existing = readSecret(path);
  if (existing) return existing;
  mkdirSync(options.dataDir, { recursive: true });
  try {
    writeFileSync(path, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const created = readSecret(path);
  if (!created) throw new Error(`${path} is empty; delete it or set AUTH_SECRET`);
  return created;
}

function readSecret(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

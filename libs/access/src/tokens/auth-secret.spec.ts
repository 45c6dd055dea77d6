import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUTH_SECRET_FILE, resolveAuthSecret } from './auth-secret';

describe('resolveAuthSecret', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'access-secret-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prefers AUTH_SECRET and writes nothing', () => {
    expect(resolveAuthSecret({ authSecret: ' given ', dataDir: dir })).toBe('given');
    expect(() => statSync(join(dir, AUTH_SECRET_FILE))).toThrow();
  });

  it('generates a secret once into DATA_DIR with mode 0600 and reuses it', () => {
    const dataDir = join(dir, 'nested', 'data');
    const first = resolveAuthSecret({ dataDir });
    const second = resolveAuthSecret({ authSecret: '', dataDir });
    expect(first.length).toBeGreaterThanOrEqual(64);
    expect(second).toBe(first);
    const file = join(dataDir, AUTH_SECRET_FILE);
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('gives a different secret to a different data dir', () => {
    const other = mkdtempSync(join(tmpdir(), 'access-secret-'));
    try {
      expect(resolveAuthSecret({ dataDir: dir })).not.toBe(resolveAuthSecret({ dataDir: other }));
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PgliteSqlClient } from '../sql/pglite-sql-client';
import { SqlEventStore } from '../sql/sql-event-store';
import { assertPgliteCanLoad } from '../testing/pglite-under-jest';
import { HISTORY_KEY_FILE, HistoryKeyring, resolveHistoryKeys } from './history-key';
import { HISTORY_KEY_INTRODUCED, historyKeyStream, recordHistoryKey } from './history-key.recorder';

describe('the history key (issue 22)', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'history-key-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is generated once into DATA_DIR, readable by its owner only, and reused', () => {
    const first = resolveHistoryKeys({ dataDir: dir })!;
    expect(statSync(join(dir, HISTORY_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(resolveHistoryKeys({ dataDir: dir })!.current).toEqual(first.current);
    expect(first.current.id).toMatch(/^[0-9a-f]{16}$/);
    expect(first.current.id).not.toContain(readFileSync(join(dir, HISTORY_KEY_FILE), 'utf8').trim());
  });

  it('prefers HISTORY_KEY, keeps every key of a rotation with the current one last, and never invents one to check with', () => {
    expect(resolveHistoryKeys({ historyKey: 'a, b', dataDir: dir })!.keys.map((k) => k.id)).toEqual(
      HistoryKeyring.fromSecrets(['a', 'b']).keys.map((k) => k.id),
    );
    expect(resolveHistoryKeys({ dataDir: dir, create: false })).toBeUndefined();
    writeFileSync(join(dir, HISTORY_KEY_FILE), 'old\n# rotated 2026-03-01\nnew\n');
    const keys = resolveHistoryKeys({ dataDir: dir, create: false })!;
    expect(keys.current.id).toBe(HistoryKeyring.fromSecrets(['new']).current.id);
    expect(keys.get(HistoryKeyring.fromSecrets(['old']).current.id)).toBeDefined();
  });

  it('is recorded as an event naming its id once, and a rotation names the key it replaces', async () => {
    assertPgliteCanLoad();
    const sql = await PgliteSqlClient.open();
    const store = await SqlEventStore.create(sql);
    try {
      const first = HistoryKeyring.fromSecrets(['k1']);
      expect(await recordHistoryKey(store, first, new Date())).toBe(true);
      expect(await recordHistoryKey(store, first, new Date())).toBe(false);
      const rotated = HistoryKeyring.fromSecrets(['k1', 'k2']);
      await recordHistoryKey(store, rotated, new Date());
      const [event] = await store.readStream(historyKeyStream(rotated.current.id));
      expect(event).toMatchObject({
        type: HISTORY_KEY_INTRODUCED,
        data: { keyId: rotated.current.id, replaces: first.current.id },
        metadata: { hashKey: rotated.current.id },
      });
      expect(JSON.stringify(event)).not.toContain('"k2"');
      expect((await store.readAll({ maxCount: 10 })).length).toBe(2);
    } finally {
      await store.close();
    }
  });
});

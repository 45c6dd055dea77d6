import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestStore, TEST_HISTORY_KEYS, type TestStore } from '../testing/history-test-store';
import { recordScenario } from '../testing/test-scenario';
import { checkSealSignature, parseSeal } from './seal';
import { SealSchedule } from './seal-schedule';
import { SEALS_KEPT } from './write-seal-file';

describe('seals on a schedule (issue 22)', () => {
  let db: TestStore;
  let dir: string;
  beforeAll(async () => {
    db = await openTestStore('history_seal_schedule');
    await recordScenario(db.store);
    dir = mkdtempSync(join(tmpdir(), 'seals-'));
  });
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a signed seal of the whole log into DATA_DIR/seals and keeps the latest ones', async () => {
    const schedule = new SealSchedule(db.store, TEST_HISTORY_KEYS, 'postgres test', {
      dir,
      intervalMs: 3_600_000,
    });
    const path = (await schedule.sealOnce())!;
    const seal = parseSeal(readFileSync(path, 'utf8'));
    expect(seal).toMatchObject({ events: 9, store: 'postgres test' });
    expect(checkSealSignature(seal, TEST_HISTORY_KEYS)).toMatchObject({ valid: true });
    for (let i = 0; i < SEALS_KEPT + 2; i++) await schedule.sealOnce();
    const kept = readdirSync(dir);
    expect(kept).toHaveLength(SEALS_KEPT);
    expect(kept.every((f) => /^seal-.*-p\d+\.json$/.test(f))).toBe(true);
  });
});

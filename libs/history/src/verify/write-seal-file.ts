import { mkdirSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HistoryKeyring } from '@app/event-store/aggregate/history-key';
import type { EventStore } from '@app/event-store/port/event-store.port';
import { makeSeal, type Seal } from './seal';
import { verifyHashChains } from './verify-hash-chains';

/** Written whole or not at all: a temporary file renamed into place (same directory, same disk). */
export function writeFileAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.partial`;
  writeFileSync(temporary, text, { mode: 0o644 });
  renameSync(temporary, path);
}

/** A seal of the whole log as it stands now (whatever breaks it has: the caller decides). */
export async function sealLog(
  store: EventStore,
  keys: HistoryKeyring,
  meta: { store: string; now?: Date },
): Promise<{ seal: Seal; breaks: number }> {
  const result = await verifyHashChains(store, { keys });
  return {
    seal: makeSeal(result.state, keys, { store: meta.store, now: meta.now ?? new Date() }),
    breaks: result.breaks.length,
  };
}

/** How many scheduled seals the server keeps; the evaluator's own copies are what count. */
export const SEALS_KEPT = 30;

/** `seal-2026-03-01T02-00-00Z-p1234.json`: sorts by time, names the position it covers. */
export function sealFileName(seal: Seal): string {
  return `seal-${seal.sealedAt.replace(/[:.]/g, '-')}-p${seal.position}.json`;
}

/** Writes a scheduled seal into `dir` and removes the oldest beyond SEALS_KEPT. */
export function storeSeal(dir: string, seal: Seal): string {
  const path = join(dir, sealFileName(seal));
  writeFileAtomically(path, `${JSON.stringify(seal, null, 2)}\n`);
  const seals = readdirSync(dir)
    .filter((f) => /^seal-.*\.json$/.test(f))
    .sort();
  for (const old of seals.slice(0, Math.max(seals.length - SEALS_KEPT, 0))) unlinkSync(join(dir, old));
  return path;
}

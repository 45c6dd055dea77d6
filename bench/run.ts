/**
 * `npm run bench`: every benchmark in one process, printed as one table and written as JSON to
 * bench/results/<timestamp>.json with the machine it ran on, so runs can be compared.
 * Speed is measured here and never asserted in tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchEventStore, KURRENTDB_DOUBLE } from './event-store.bench';
import type { BenchRow } from './bench-common';
import { benchHttp } from './http.bench';
import { benchReplayRate } from './replay.bench';
import { benchScheduling } from './scheduling.bench';

const SUITES: Record<string, () => Promise<BenchRow[]>> = {
  'event-store': benchEventStore,
  scheduling: benchScheduling,
  replay: benchReplayRate,
  http: benchHttp,
};

function format(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(2);
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const rows: BenchRow[] = [];
  for (const [name, run] of Object.entries(SUITES)) {
    if (only.length && !only.includes(name)) continue;
    console.error(`running ${name} …`);
    rows.push(...(await run()));
  }
  const widths = [12, 16, 44, 14];
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' ');
  console.log(line(['suite', 'adapter', 'metric', 'value']) + ' unit');
  for (const r of rows) console.log(line([r.suite, r.adapter, r.metric, format(r.value)]) + ` ${r.unit}`);
  if (rows.some((r) => r.adapter === KURRENTDB_DOUBLE)) {
    console.log(
      `\n${KURRENTDB_DOUBLE}: the KurrentDB adapter and client against the in-memory protocol double on loopback, ` +
        'a figure of their overhead, not of KurrentDB (docs/kurrentdb.md)',
    );
  }

  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), machine, rows }, null, 2));
  console.log(`\nwritten to ${file}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

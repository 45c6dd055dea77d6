/** One figure of `npm run bench`: printed as a table row and written to bench/results/. */
export interface BenchRow {
  suite: string;
  adapter: string;
  metric: string;
  value: number;
  unit: string;
}

/** The PostgreSQL the benchmarks use; each suite works in a schema of its own and drops it. */
export const BENCH_DATABASE_URL =
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Nearest-rank percentile of an ascending list, so every suite's p50/p99 mean the same. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** An event as the report reads it: which case, what type, its data, and when it was recorded. */
export interface ReportEvent {
  kind: string;
  caseId: string;
  type: string;
  data: Record<string, unknown>;
  recordedAt: string;
  /** Business time where it was given, else recordedAt. */
  at: string;
}

/** A half-open period [from, to) in epoch milliseconds. */
export interface Period {
  from: number;
  to: number;
}

export const within = (iso: unknown, period: Period): boolean => {
  if (typeof iso !== 'string') return false;
  const t = Date.parse(iso);
  return t >= period.from && t < period.to;
};

export const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const round = (value: number, digits = 1): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** Groups events by case, keeping log order inside each. */
export function byCase(events: readonly ReportEvent[], kind: string): Map<string, ReportEvent[]> {
  const cases = new Map<string, ReportEvent[]>();
  for (const e of events) {
    if (e.kind !== kind) continue;
    const list = cases.get(e.caseId) ?? [];
    list.push(e);
    cases.set(e.caseId, list);
  }
  return cases;
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
export const list = <T = Record<string, unknown>>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

/**
 * A plain calendar date (`2026-01-01`), read in the council's time zone by whoever takes it: a
 * person asks for "2026", not for an instant with an offset. The date must exist.
 */
const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const PLAIN_DATE_RULE = 'a date, e.g. 2026-01-01';

export function isPlainDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = PLAIN_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

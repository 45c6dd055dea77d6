import { InvalidInputError } from '../errors/domain-errors';

/**
 * The one instant rule: an RFC 3339 date-time with its offset (`Z` or `+01:00`), seconds included
 * and at most millisecond precision, e.g. `2022-01-20T14:00:00+01:00`. The offset is required
 * because a council meeting at 15:00 in Copenhagen is not 15:00 UTC; digits past milliseconds
 * are refused because every time is compared and stored as a JavaScript Date, which would drop
 * them silently. The date must exist (no 30 February).
 */
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.\d{1,3})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

export const INSTANT_RULE = 'an RFC 3339 time with an offset, e.g. 2022-01-20T14:00:00+01:00';

export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = INSTANT.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && !Number.isNaN(Date.parse(value));
}

export function requireInstant(value: unknown, field: string): string {
  if (!isInstant(value)) throw new InvalidInputError(`${field} must be ${INSTANT_RULE}`, field);
  return value;
}

/** Instants compare as moments, never as strings (`15:00+02:00` is `13:00Z`). */
export function isBefore(a: string, b: string): boolean {
  return Date.parse(a) < Date.parse(b);
}

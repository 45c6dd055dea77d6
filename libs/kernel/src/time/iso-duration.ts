import { InvalidInputError } from '../errors/domain-errors';

/** An ISO 8601 duration such as `P7D`, `P3M`, `PT2S` (reminder offsets, reporting intervals). */
export interface IsoDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const PATTERN =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export function isIsoDuration(text: string): boolean {
  return PATTERN.test(text);
}

export function parseIsoDuration(text: string, field = 'duration'): IsoDuration {
  const m = PATTERN.exec(text);
  if (!m)
    throw new InvalidInputError(`${field} must be an ISO 8601 duration such as P7D, got "${text}"`, field);
  const n = (i: number) => (m[i] ? Number(m[i]) : 0);
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

/** `at` moved by `sign` times the duration, calendar-aware for years and months (in UTC). */
export function shiftByDuration(at: string | Date, duration: string, sign: 1 | -1 = 1): Date {
  const d = parseIsoDuration(duration);
  const date = new Date(at);
  date.setUTCFullYear(date.getUTCFullYear() + sign * d.years, date.getUTCMonth() + sign * d.months);
  const ms = (((d.weeks * 7 + d.days) * 24 + d.hours) * 60 + d.minutes) * 60_000 + d.seconds * 1000;
  return new Date(date.getTime() + sign * ms);
}

export function durationToMs(duration: string): number {
  return shiftByDuration(new Date(0), duration).getTime();
}

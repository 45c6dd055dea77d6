import { fromLocalTime, localTime } from '@app/kernel';
import { isDanishHoliday } from './danish-holidays';

/**
 * Working days (Monday to Friday, not a Danish holiday) counted on the council's own calendar, so
 * "two working days before the response deadline" (issue 4) lands on the right local day across
 * DST changes and around Easter or Christmas.
 */
export function workingDaysBefore(at: string, count: number, timeZone: string): string {
  const local = localTime(new Date(at), timeZone);
  // Walk the local calendar day by day at noon UTC, so the weekday never depends on the offset.
  const day = new Date(Date.UTC(local.year, local.month - 1, local.day, 12));
  let counted = 0;
  while (counted < count) {
    day.setUTCDate(day.getUTCDate() - 1);
    const weekday = day.getUTCDay();
    const holiday = isDanishHoliday(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
    if (weekday !== 0 && weekday !== 6 && !holiday) counted++;
  }
  const target = {
    ...local,
    year: day.getUTCFullYear(),
    month: day.getUTCMonth() + 1,
    day: day.getUTCDate(),
  };
  return fromLocalTime(target, timeZone).toISOString();
}

/** The local calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(at: string, timeZone: string): string {
  const t = localTime(new Date(at), timeZone);
  return `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
}

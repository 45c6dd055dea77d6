import { InvalidInputError } from '@app/kernel';

/** IANA zone names only (Intl knows them), since meeting years and reminders are read in it. */
export function requireTimeZone(value: string, field = 'timeZone'): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value;
  } catch {
    throw new InvalidInputError(`${field} must be an IANA time zone such as Europe/Copenhagen`, field);
  }
}

/** The calendar year of an instant in the council's own time zone (a plan is "for 2022" there). */
export function yearIn(instant: string, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(new Date(instant)));
}

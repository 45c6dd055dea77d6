import { InvalidInputError, isIsoDuration } from '@app/kernel';

export function requireText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new InvalidInputError(`${field} is required`, field);
  return value.trim();
}

export function optionalText(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  return requireText(value, field);
}

/** IANA zone names only (Intl knows them), since meeting years and reminders are read in it. */
export function requireTimeZone(value: string, field = 'timeZone'): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value;
  } catch {
    throw new InvalidInputError(`${field} must be an IANA time zone such as Europe/Copenhagen`, field);
  }
}

export function requireDurations(values: string[], field = 'reminderOffsets'): string[] {
  for (const value of values) {
    if (!isIsoDuration(value)) {
      throw new InvalidInputError(`${field} must be ISO 8601 durations such as P7D, got "${value}"`, field);
    }
  }
  return values;
}

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Business times are ISO 8601 with an explicit offset: a bare local time is ambiguous across DST. */
export function requireInstant(value: unknown, field: string): string {
  if (typeof value !== 'string' || !WITH_OFFSET.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidInputError(`${field} must be an ISO 8601 time with an offset`, field);
  }
  return value;
}

/** The calendar year of an instant in the council's own time zone (a plan is "for 2022" there). */
export function yearIn(instant: string, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(new Date(instant)));
}

import { InvalidInputError } from '@app/kernel';

// A time with its offset: a meeting at 15:00 in Copenhagen is not 15:00 UTC.
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function isIsoTimeWithOffset(value: unknown): value is string {
  return typeof value === 'string' && WITH_OFFSET.test(value) && !Number.isNaN(Date.parse(value));
}

export function requireIsoTime(value: unknown, field: string): string {
  if (!isIsoTimeWithOffset(value)) {
    throw new InvalidInputError(`${field} must be an ISO 8601 time with an offset`, field);
  }
  return value;
}

/** Times are compared as instants, never as strings (offsets differ). */
export function isAfter(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}

import { InvalidInputError } from '../errors/domain-errors';
import { durationToMs, isIsoDuration } from '../time/iso-duration';

/** Ten years: longer than any reporting interval or reminder a council plans. */
const DURATION_MAX_MS = durationToMs('P10Y');

/**
 * The one duration rule (reminder offsets, reporting intervals): an ISO 8601 duration such as
 * `P7D`, `P3M` or `PT2S`, longer than zero and at most ten years. `P0D` would make a reporting
 * interval overdue at once and a reminder fire at its own deadline.
 */
export const DURATION_RULE = 'an ISO 8601 duration longer than zero and at most P10Y, such as P7D';

export function isDuration(value: unknown): value is string {
  if (typeof value !== 'string' || !isIsoDuration(value)) return false;
  const ms = durationToMs(value);
  return ms > 0 && ms <= DURATION_MAX_MS;
}

export function requireDuration(value: unknown, field: string): string {
  if (!isDuration(value)) throw new InvalidInputError(`${field} must be ${DURATION_RULE}`, field);
  return value;
}

export function requireDurations(values: unknown[], field: string): string[] {
  for (const value of values) requireDuration(value, field);
  return values as string[];
}

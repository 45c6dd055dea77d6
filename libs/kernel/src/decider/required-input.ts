import { InvalidInputError } from '../errors/domain-errors';

/** A text the command cannot do without; blank counts as missing. The 400 names the field. */
export function requireText(value: string | undefined, field: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new InvalidInputError(`${field} must not be empty`, field);
  return value;
}

/**
 * A time the command cannot do without, as the decider compares it: an instant Date.parse reads.
 * (That it carries its offset is the HTTP layer's rule, see IsIsoTime in the access lib.)
 */
export function requireTime(value: string | undefined, field: string): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
    throw new InvalidInputError(`${field} must be an ISO 8601 time`, field);
  return value;
}

import { InvalidInputError } from '../errors/domain-errors';

/** The longest text a field takes unless it says otherwise (a summary, an input, a decision). */
export const TEXT_MAX_LENGTH = 20_000;

/**
 * The one text rule: trimmed, not blank, at most `max` characters once trimmed. A text of spaces
 * is a missing text, and surrounding whitespace is never part of what was said.
 */
export function isText(value: unknown, max = TEXT_MAX_LENGTH): value is string {
  if (typeof value !== 'string') return false;
  const trimmed = value.trim();
  return trimmed !== '' && trimmed.length <= max;
}

export function requireText(value: unknown, field: string, max = TEXT_MAX_LENGTH): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new InvalidInputError(`${field} must not be empty`, field);
  if (!isText(value, max)) throw new InvalidInputError(`${field} must be at most ${max} characters`, field);
  return value.trim();
}

export function optionalText(value: unknown, field: string, max = TEXT_MAX_LENGTH): string | undefined {
  return value === undefined || value === null ? undefined : requireText(value, field, max);
}

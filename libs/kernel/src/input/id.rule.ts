import { InvalidInputError } from '../errors/domain-errors';

export const ID_MAX_LENGTH = 100;

/**
 * The one id rule, for every client-chosen id and every id a command names (councils, cases,
 * people, items): letters, digits, `.`, `_` and `-`, starting and ending with a letter or digit,
 * at most 100 characters. Ids become parts of stream ids, scheduler job ids and URLs, so `/`, `:`,
 * whitespace and `~` never occur: `~` is reserved as the separator of stream ids that name their
 * council (`<category>-<councilId>~<caseId>`).
 */
const ID = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,98}[A-Za-z0-9])?$/;

export const ID_RULE =
  'letters, digits, ".", "_" or "-", starting and ending with a letter or digit, at most 100';

export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

export function requireId(value: unknown, field: string): string {
  if (!isId(value)) throw new InvalidInputError(`${field} must be ${ID_RULE}`, field);
  return value;
}

export function optionalId(value: unknown, field: string): string | undefined {
  return value === undefined || value === null ? undefined : requireId(value, field);
}

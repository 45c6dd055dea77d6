import { InvalidInputError, parseIsoDuration, requireText } from '@app/kernel';

/** Input rules shared by the follow-up's commands; each refusal names the field at fault (400). */

export function requireDuration(value: string, field: string): string {
  parseIsoDuration(value, field);
  return value;
}

export function requireNumber(value: number, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new InvalidInputError(`${field} must be a finite number`, field);
  return value;
}

export function requireUniqueIds(items: { id: string }[], field: string): void {
  const seen = new Set<string>();
  for (const item of items) {
    requireText(item.id, `${field}.id`);
    if (seen.has(item.id)) throw new InvalidInputError(`${field} has the id "${item.id}" twice`, field);
    seen.add(item.id);
  }
}

export function requireOrdered(start: string, end: string | undefined, field: string): void {
  if (end !== undefined && Date.parse(end) < Date.parse(start))
    throw new InvalidInputError(`${field} ends before it starts`, field);
}

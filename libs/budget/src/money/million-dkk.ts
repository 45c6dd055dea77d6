import { InvalidInputError } from '@app/kernel';

/**
 * Seed 002 states every amount in million DKK with one decimal ("1,8", "0,1", "Samlet udgift 2,0").
 * Amounts are kept as plain numbers with at most one decimal (readable in events and JSON), and
 * every sum is done in integer tenths, because float sums drift (0.7 + 0.1 + 0.1 is 0.8999999999999999).
 */
export function toTenths(amount: number): number {
  return Math.round(amount * 10);
}

export function fromTenths(tenths: number): number {
  return tenths / 10;
}

export function hasOneDecimalAtMost(amount: number): boolean {
  return Number.isFinite(amount) && Math.abs(amount * 10 - Math.round(amount * 10)) < 1e-6;
}

/** A non-negative amount with at most one decimal, normalised (1.80000001 -> 1.8). */
export function requireAmount(amount: unknown, field: string): number {
  if (typeof amount !== 'number' || amount < 0 || !hasOneDecimalAtMost(amount)) {
    throw new InvalidInputError(`${field} must be a non-negative amount with at most one decimal`, field);
  }
  return fromTenths(toTenths(amount));
}

export function sumAmounts(amounts: number[]): number {
  return fromTenths(amounts.reduce((sum, amount) => sum + toTenths(amount), 0));
}

import { InvalidInputError } from '../errors/domain-errors';

/**
 * Amounts are million kroner (the budget form's "1,8" is 1.8 million DKK). The one money rule: a
 * finite number from 0 to MONEY_MAX with at most two decimals (ten thousand kroner). The bound is
 * far above any council's proposal and keeps every sum and total a finite, exact number.
 */
export const MONEY_MAX = 1_000_000;

export const MONEY_RULE = `an amount in million DKK from 0 to ${MONEY_MAX} with at most two decimals`;

/** Hundredths, in which sums are done: float sums drift (0.7 + 0.1 + 0.1 is 0.8999999999999999). */
const toHundredths = (amount: number): number => Math.round(amount * 100);

export function isMoney(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= 0 &&
    value <= MONEY_MAX &&
    Math.abs(value * 100 - toHundredths(value)) < 1e-6
  );
}

/** The amount normalised to its two decimals (1.80000001 is 1.8). */
export function requireMoney(value: unknown, field: string): number {
  if (!isMoney(value)) throw new InvalidInputError(`${field} must be ${MONEY_RULE}`, field);
  return toHundredths(value) / 100;
}

export function sumMoney(amounts: number[]): number {
  return amounts.reduce((sum, amount) => sum + toHundredths(amount), 0) / 100;
}

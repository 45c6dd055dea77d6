import { InvalidInputError } from '@app/kernel';
import { requireAmount, sumAmounts } from './million-dkk';

describe('amounts in million DKK', () => {
  it('sums in tenths, so no float drift shows in a total', () => {
    expect(0.7 + 0.1 + 0.1).not.toBe(0.9);
    expect(sumAmounts([0.7, 0.1, 0.1])).toBe(0.9);
    expect(sumAmounts([1.8, 0.1, 0.1])).toBe(2);
  });
  it('refuses negative amounts and a second decimal, naming the field', () => {
    expect(requireAmount(1.8, 'salary')).toBe(1.8);
    expect(() => requireAmount(1.85, 'costs[0].salary')).toThrow(InvalidInputError);
    expect(() => requireAmount(-0.1, 'salary')).toThrow(/salary/);
    expect(() => requireAmount('1', 'salary')).toThrow(InvalidInputError);
  });
});

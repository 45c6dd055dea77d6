import { sameInstant } from './same-instant';

describe('sameInstant', () => {
  it('compares moments, not spellings', () => {
    expect(sameInstant('2022-03-30T15:00:00+02:00', '2022-03-30T13:00:00.000Z')).toBe(true);
    expect(sameInstant('2022-03-30T15:00:00+02:00', '2022-03-30T15:00:00Z')).toBe(false);
  });

  it('is never true for a missing time', () => {
    expect(sameInstant(undefined, '2022-03-30T13:00:00Z')).toBe(false);
    expect(sameInstant(undefined, undefined)).toBe(false);
  });
});

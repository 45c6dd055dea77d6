import { easterSunday, isDanishHoliday } from './danish-holidays';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('Danish holidays', () => {
  it('finds Easter Sunday', () => {
    expect([2022, 2024, 2025, 2026].map((y) => iso(easterSunday(y)))).toEqual([
      '2022-04-17',
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
    ]);
  });
  it('knows the movable holidays of 2026 and the fixed ones', () => {
    // Maundy Thursday 2 April, Good Friday 3 April, Easter Monday 6 April, Ascension 14 May,
    // Whit Monday 25 May 2026; Grundlovsdag, Christmas and New Year.
    for (const [m, d] of [
      [4, 2],
      [4, 3],
      [4, 6],
      [5, 14],
      [5, 25],
      [6, 5],
      [12, 24],
      [12, 25],
      [12, 26],
      [12, 31],
      [1, 1],
    ]) {
      expect(isDanishHoliday(2026, m, d)).toBe(true);
    }
    expect(isDanishHoliday(2026, 4, 7)).toBe(false);
    expect(isDanishHoliday(2026, 5, 13)).toBe(false);
  });
  it('keeps Store Bededag until 2023 only', () => {
    expect(isDanishHoliday(2023, 5, 5)).toBe(true);
    expect(isDanishHoliday(2024, 4, 26)).toBe(false);
  });
});

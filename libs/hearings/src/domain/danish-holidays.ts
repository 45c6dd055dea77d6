/**
 * Days a Danish regional administration is closed, so "two working days before the response
 * deadline" (issue 4) never lands on one: the public holidays of the Danish calendar (helligdage;
 * Store Bededag was abolished from 2024 by Act no. 131 of 2023), plus Grundlovsdag, Christmas Eve
 * and New Year's Eve, which the public-sector agreements give as days off.
 */
export function isDanishHoliday(year: number, month: number, day: number): boolean {
  const key = `${month}-${day}`;
  if (FIXED.has(key)) return true;
  const easter = easterSunday(year);
  const offset = Math.round((Date.UTC(year, month - 1, day) - easter) / 86_400_000);
  if (year < 2024 && offset === STORE_BEDEDAG) return true;
  return EASTER_OFFSETS.includes(offset);
}

const FIXED = new Set(['1-1', '6-5', '12-24', '12-25', '12-26', '12-31']);
/** Maundy Thursday, Good Friday, Easter Sunday and Monday, Ascension, Whit Sunday and Monday. */
const EASTER_OFFSETS = [-3, -2, 0, 1, 39, 49, 50];
const STORE_BEDEDAG = 26;

/** Easter Sunday (UTC midnight) by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

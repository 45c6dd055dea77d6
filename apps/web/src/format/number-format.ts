import type { Language } from '../i18n/language';
import { LOCALES } from './date-format';

/**
 * Numbers as the reader writes them: "2,5" in Danish (decimal comma, issue 19), "2.5" in English.
 * Money is million DKK with up to two decimals (the API's rule for grants).
 */
export function numberFormat(language: Language): (n: number | null | undefined) => string {
  const format = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 });
  return (n) => (n === null || n === undefined || Number.isNaN(n) ? '–' : format.format(n));
}

/** `{2026: 1.5, 2027: 2}` as "2026: 1,5 · 2027: 2". */
export function amountsByYear(language: Language, amounts: { year: number; amount: number }[]): string {
  const n = numberFormat(language);
  return amounts.map((a) => `${a.year}: ${n(a.amount)}`).join(' · ') || '–';
}

/** A number as a text field holds it for editing: "1,5" in Danish, no thousands separators. */
export function editableNumber(language: Language, n: number): string {
  return language === 'da' ? String(n).replace('.', ',') : String(n);
}

/** What a person typed, with a decimal comma or point; NaN stays NaN so the API refuses it. */
export function parseTypedNumber(text: string): number {
  return Number(text.trim().replace(/\s/g, '').replace(',', '.'));
}

import type { Language } from '../i18n/language';

export interface DateFormat {
  timeZone: string;
  dateTime(iso: string | undefined | null): string;
  date(iso: string | undefined | null): string;
  /** "om 3 dage" / "for 2 dage siden", relative to `nowMs`. */
  relative(iso: string, nowMs: number): string;
}

export const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

export function dateFormat(language: Language, timeZone: string): DateFormat {
  const locale = LOCALES[language];
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const safe = (f: Intl.DateTimeFormat) => (iso: string | undefined | null) =>
    iso && !Number.isNaN(Date.parse(iso)) ? f.format(new Date(iso)) : '–';
  return {
    timeZone,
    dateTime: safe(dateTime),
    date: safe(date),
    relative(iso, nowMs) {
      const minutes = (Date.parse(iso) - nowMs) / 60000;
      if (Math.abs(minutes) < 60) return relative.format(Math.round(minutes), 'minute');
      if (Math.abs(minutes) < 48 * 60) return relative.format(Math.round(minutes / 60), 'hour');
      return relative.format(Math.round(minutes / 1440), 'day');
    },
  };
}

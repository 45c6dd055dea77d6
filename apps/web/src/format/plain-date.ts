import type { Language } from '../i18n/language';
import { LOCALES } from './date-format';
import { isoToZonedLocal, zonedToIso } from './zoned-time';

/**
 * A date of the council's calendar (`2026-01-01`: a term's first day, a continuation's `until`)
 * is a day, not an instant: it is written as that day whatever the reader's zone.
 */
export function plainDate(language: Language, date: string | undefined | null): string {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return '–';
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** Today in the council's calendar, as a date field holds it. */
export function todayIn(timeZone: string, nowMs = Date.now()): string {
  return isoToZonedLocal(nowMs, timeZone).slice(0, 10);
}

/**
 * docs/business-time.md: a form that records something that happened takes the day it happened
 * when that was not today. A past day is sent as noon of that day in the council's zone (a day,
 * not a moment, is what people remember); today, or nothing, sends no `occurredAt` (it is now);
 * a later day is sent as such, so the API's own refusal ("not in the future") is shown.
 */
export function occurredAtOf(date: string, timeZone: string, nowMs = Date.now()): { occurredAt?: string } {
  if (!date || date === todayIn(timeZone, nowMs)) return {};
  const iso = zonedToIso(`${date}T12:00`, timeZone);
  return iso ? { occurredAt: iso } : {};
}

import type { Actor } from '../api/api-types';
import { word, type Language, type Translate } from '../i18n/language';
import { LOCALES, type DateFormat } from './date-format';
// The sentences are the API's (libs/event-sentences); the pages fill them with names and the council's zone.
import { eventSentence, type SentenceContext } from '../../../../libs/event-sentences/src';

export interface DescribedEntry {
  kind: string;
  type: string;
  data?: unknown;
  description: string;
  actor: Actor;
}

export interface DescribeWith {
  t: Translate;
  language: Language;
  fmt: DateFormat;
  personName(personId: string): string;
}

function sentenceContext({ t, language, fmt, personName }: DescribeWith): SentenceContext {
  const list = new Intl.ListFormat(LOCALES[language], { type: 'conjunction' });
  const millions = new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return {
    name: personName,
    names: (ids) => list.format(ids.map(personName)),
    date: (iso) => fmt.date(iso),
    dateTime: (iso) => fmt.dateTime(iso),
    word: (prefix, value) => word(t, prefix, value),
    amount: (n) => millions.format(n),
  };
}

/**
 * Who did it, by name and role in the reader's language, and what, in a sentence of that language
 * when the page knows the event; otherwise the history lib's English line without its
 * "<personId> (<role>): " lead.
 */
export function describeEvent(entry: DescribedEntry, using: DescribeWith): { who: string; what: string } {
  const { actor } = entry;
  const prefix = actor.role === 'system' ? 'system: ' : `${actor.personId} (${actor.role}): `;
  const what =
    eventSentence(using.language, entry.kind, entry.type, entry.data, sentenceContext(using)) ??
    (entry.description.startsWith(prefix) ? entry.description.slice(prefix.length) : entry.description);
  return { who: `${using.personName(actor.personId)} (${word(using.t, 'role', actor.role)})`, what };
}

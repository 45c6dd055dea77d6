import type { Language } from '../../i18n/language';
import { budgetCycleDa, budgetCycleEn, budgetProposalDa, budgetProposalEn } from './budget.sentences';
import { councilDa, councilEn, meetingDa, meetingEn } from './council.sentences';
import { followUpDa, followUpEn } from './follow-up.sentences';
import { hearingDa, hearingEn } from './hearing.sentences';
import type { SentenceBook, SentenceContext } from './sentence';

const BOOKS: Record<Language, SentenceBook> = {
  da: {
    hearings: hearingDa,
    councils: councilDa,
    meetings: meetingDa,
    'follow-ups': followUpDa,
    'budget-cycles': budgetCycleDa,
    'budget-proposals': budgetProposalDa,
  },
  en: {
    hearings: hearingEn,
    councils: councilEn,
    meetings: meetingEn,
    'follow-ups': followUpEn,
    'budget-cycles': budgetCycleEn,
    'budget-proposals': budgetProposalEn,
  },
};

/**
 * The history lib describes events in English with raw ids and ISO times; the pages say it in the
 * reader's language, with names and the council's zone (issue 9). Undefined when this page does
 * not know the event (a type newer than the page, or data it cannot read): the caller falls back
 * to the API's own line, so nothing goes missing.
 */
export function eventSentence(
  language: Language,
  kind: string,
  type: string,
  data: unknown,
  context: SentenceContext,
): string | undefined {
  const sentence = BOOKS[language][kind]?.[type];
  if (!sentence || data === null || typeof data !== 'object') return undefined;
  try {
    return sentence(data, context);
  } catch {
    return undefined;
  }
}

/** Every kind and event type the pages can say, for the suite that checks none is missing. */
export function knownSentences(language: Language): Record<string, string[]> {
  return Object.fromEntries(Object.entries(BOOKS[language]).map(([kind, book]) => [kind, Object.keys(book)]));
}

import { budgetCycleDa, budgetCycleEn, budgetProposalDa, budgetProposalEn } from './budget.sentences';
import { councilDa, councilEn, meetingDa, meetingEn } from './council.sentences';
import { followUpDa, followUpEn } from './follow-up.sentences';
import { hearingDa, hearingEn } from './hearing.sentences';
import type { SentenceBook, SentenceContext, SentenceLanguage as Language } from './sentence';

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
 * What happened, in a sentence of the reader's language: the one source of the sentences the
 * API answers in (by Accept-Language) and the pages show (with names and the council's zone).
 * Undefined when no sentence knows the event (a type newer than the book, or data it cannot read):
 * the caller falls back to the feature's English line, so nothing goes missing.
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

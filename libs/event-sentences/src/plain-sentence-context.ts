import { eventWord } from './event-words';
import type { SentenceContext, SentenceLanguage } from './sentence';

const AND: Record<SentenceLanguage, string> = { da: 'og', en: 'and' };

/**
 * How the API fills a sentence: a person by their id and a time as recorded (RFC 3339 with its
 * offset), as the English lines always did, since an answer is read by programs as well as people
 * and the pages put names and the council's zone in themselves.
 */
export function plainSentenceContext(language: SentenceLanguage): SentenceContext {
  return {
    name: (personId) => personId,
    names: (personIds) =>
      personIds.length < 2
        ? personIds.join('')
        : `${personIds.slice(0, -1).join(', ')} ${AND[language]} ${personIds[personIds.length - 1]}`,
    date: (iso) => iso.slice(0, 10),
    dateTime: (iso) => iso,
    word: (prefix, value) => eventWord(language, prefix, value),
    // Seed 002 writes amounts in million DKK with one decimal; Danish with a decimal comma.
    amount: (millions) => (language === 'da' ? millions.toFixed(1).replace('.', ',') : millions.toFixed(1)),
  };
}

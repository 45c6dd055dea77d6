/** The languages the sentences are written in: Danish, the councils' own, and English. */
export type SentenceLanguage = 'da' | 'en';

/** What a sentence may use: names for person ids, dates in the council's zone, translated words. */
export interface SentenceContext {
  name(personId: string): string;
  names(personIds: readonly string[]): string;
  date(iso: string): string;
  dateTime(iso: string): string;
  /** A status, outcome or deadline word in the reader's language (the dictionary's `prefix.value`). */
  word(prefix: string, value: string): string;
  /** Million DKK as the reader writes numbers (seed 002: amounts in mio. kr. with one decimal). */
  amount(millions: number): string;
}

/**
 * One event type's sentence. The data is the event's as stored; its shape is the event type's,
 * which the lib that records it defines (`libs/<feature>/…/*.events.ts`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- shaped by the event type, see above
export type Sentence = (data: any, c: SentenceContext) => string;

/** Per case kind (`hearings`, `meetings`, …), per event type. */
export type SentenceBook = Record<string, Record<string, Sentence>>;

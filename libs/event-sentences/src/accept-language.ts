import type { SentenceLanguage } from './sentence';

/**
 * The reader's language from an `Accept-Language` header (RFC 9110 section 12.5.4): Danish when
 * `da` (or `da-DK`, …) ranks above English, English otherwise and when nothing is asked, as the
 * API answered before it spoke Danish. A range with q=0 is refused; `*` stands for any other.
 */
export function languageOf(acceptLanguage: string | undefined): SentenceLanguage {
  let best: { language: SentenceLanguage; q: number } = { language: 'en', q: 0 };
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [range, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!range || !Number.isFinite(q) || q <= 0) continue;
    const primary = range.split('-')[0];
    const language = primary === 'da' ? 'da' : primary === 'en' || primary === '*' ? 'en' : undefined;
    if (language && q > best.q) best = { language, q };
  }
  return best.language;
}

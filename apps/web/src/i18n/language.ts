import { da, en, type MessageKey } from './dictionary';

export type Language = 'da' | 'en';
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const STORAGE_KEY = 'council-engine.language';
const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { da, en };

export function storedLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'da';
}

export function storeLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
}

export function translator(language: Language): Translate {
  const dictionary = DICTIONARIES[language];
  return (key, values) =>
    (dictionary[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) =>
      String(values?.[name] ?? `{${name}}`),
    );
}

/** A status, kind or outcome word from the API, in the reader's language when we know it. */
export function word(t: Translate, prefix: string, value: string | null | undefined): string {
  if (!value) return '–';
  const key = `${prefix}.${value}` as MessageKey;
  const text = t(key);
  return text === key ? value : text;
}

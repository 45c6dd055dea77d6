import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ApiClient } from '../api/api-client';
import type { Council } from '../api/api-types';
import type { DateFormat } from '../format/date-format';
import type { Language, Translate } from '../i18n/language';
import type { TokenClaims } from './token';

/** What every page of a signed-in person needs: who, which council, words, dates, the API. */
export interface AppContextValue {
  t: Translate;
  language: Language;
  setLanguage(language: Language): void;
  claims: TokenClaims;
  councilId: string;
  council: Council;
  fmt: DateFormat;
  api: ApiClient;
  /** `/api/councils/<id>` + path. */
  councilPath(path?: string): string;
  personName(personId: string): string;
  signOut(): void;
}

export const AppContext = createContext<AppContextValue | undefined>(undefined);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside a signed-in page');
  return value;
}

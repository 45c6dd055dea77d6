import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ApiClient } from '../api/api-client';
import type { Council } from '../api/api-types';
import type { DateFormat } from '../format/date-format';
import { translator, type Language, type Translate } from '../i18n/language';
import type { LiveEvents } from './live-events';
import type { TokenClaims } from './token';

/** What every page of a signed-in person needs: who, which council, words, dates, the API. */
export interface AppContextValue {
  t: Translate;
  language: Language;
  setLanguage(language: Language): void;
  claims: TokenClaims;
  councilId: string;
  council: Council;
  /** Reads the council again after a change to its members, so every page names them right. */
  refreshCouncil(): void;
  fmt: DateFormat;
  api: ApiClient;
  /** `/api/councils/<id>` + path. */
  councilPath(path?: string): string;
  personName(personId: string): string;
  /** `reason`: what the sign-in page says after (a session ended everywhere, say). */
  signOut(reason?: string): void;
  /** Signed in by a mailed link's session cookie, not a pasted token: the header offers its sessions. */
  bySession: boolean;
  /** The council's events as they happen (issue 19, item 7); pages listen by useLiveReload. */
  live: LiveEvents;
}

export const AppContext = createContext<AppContextValue | undefined>(undefined);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside a signed-in page');
  return value;
}

/**
 * The words alone, for the parts every page shares (refusals, saving): the admin's page has them
 * too, though an admin has no council and so no AppContext.
 */
export const WordsContext = createContext<Translate>(translator('da'));

export function useWords(): Translate {
  return useContext(WordsContext);
}

import { useMemo, useRef, useState } from 'preact/hooks';
import { ApiClient } from './api/api-client';
import type { Council } from './api/api-types';
import { dateFormat } from './format/date-format';
import { storeLanguage, storedLanguage, translator, type Language } from './i18n/language';
import { AppShell } from './app-shell';
import { AdminShell } from './admin-shell';
import { AppContext, WordsContext, type AppContextValue } from './session/app-context';
import { SignInPage } from './pages/sign-in.page';
import { decodeToken, isAdminWithoutCouncil, storedToken, type TokenClaims } from './session/token';
import { useAsync } from './ui/use-async';

/** Signed out: the sign-in page. Signed in: the council is loaded once, then the pages. */
export function App() {
  const [language, setLanguageState] = useState<Language>(storedLanguage());
  const [token, setToken] = useState<string | undefined>(storedToken.read());
  const [notice, setNotice] = useState<string>();
  const t = useMemo(() => translator(language), [language]);
  const setLanguage = (next: Language) => {
    storeLanguage(next);
    setLanguageState(next);
  };
  document.documentElement.lang = language;
  const claims = token ? decodeToken(token) : undefined;

  const signIn = (value: string) => {
    storedToken.write(value);
    setNotice(undefined);
    setToken(value.trim());
  };
  const signOut = (reason?: string) => {
    storedToken.clear();
    setNotice(reason);
    setToken(undefined);
    location.hash = '';
  };

  let body;
  if (token && claims && isAdminWithoutCouncil(claims))
    // Issue 3: the admin creates councils and acts inside none, so there is no council to load.
    body = (
      <AdminShell
        token={token}
        claims={claims}
        language={language}
        setLanguage={setLanguage}
        signOut={signOut}
      />
    );
  else if (!token || !claims?.council)
    body = (
      <SignInPage t={t} language={language} setLanguage={setLanguage} onSignIn={signIn} notice={notice} />
    );
  else
    body = (
      <SignedIn
        token={token}
        claims={claims}
        councilId={claims.council}
        t={t}
        language={language}
        setLanguage={setLanguage}
        signOut={signOut}
      />
    );
  return <WordsContext.Provider value={t}>{body}</WordsContext.Provider>;
}

function SignedIn(props: {
  token: string;
  claims: TokenClaims;
  councilId: string;
  t: AppContextValue['t'];
  language: Language;
  setLanguage(language: Language): void;
  signOut(reason?: string): void;
}) {
  const { token, councilId, t, language } = props;
  // A token the API turns away ends the session, saying why, instead of failing page by page.
  // Through a ref, so the client (and every load keyed on it) lives as long as the token.
  const endSession = useRef<(error: Error) => void>(() => undefined);
  endSession.current = (error) => props.signOut(`${t('sessionEnded')} (${error.message})`);
  const api = useMemo(() => new ApiClient(token, (error) => endSession.current(error)), [token]);
  const councilPath = (path = '') => `/api/councils/${encodeURIComponent(councilId)}${path}`;
  const council = useAsync(() => api.json<Council>(councilPath()), [api, councilId]);

  if (!council.data)
    return (
      <SignInPage
        t={t}
        language={language}
        setLanguage={props.setLanguage}
        onSignIn={() => council.reload()}
        pending={council.loading}
        failure={council.error}
        onSignOut={() => props.signOut()}
      />
    );
  const data = council.data;
  const names = new Map<string, string>();
  for (const s of data.secretaries) if (s.name) names.set(s.personId, s.name);
  for (const m of data.members) names.set(m.personId, m.name);
  const value: AppContextValue = {
    t,
    language,
    setLanguage: props.setLanguage,
    claims: props.claims,
    councilId,
    council: data,
    refreshCouncil: council.reload,
    fmt: dateFormat(language, data.timeZone),
    api,
    councilPath,
    personName: (personId) => names.get(personId) ?? personId,
    signOut: () => props.signOut(),
  };
  return (
    <AppContext.Provider value={value}>
      <AppShell />
    </AppContext.Provider>
  );
}

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiClient } from './api/api-client';
import type { Council } from './api/api-types';
import { dateFormat } from './format/date-format';
import { storeLanguage, storedLanguage, translator, type Language } from './i18n/language';
import { AppShell } from './app-shell';
import { AdminShell } from './admin-shell';
import { AppContext, WordsContext, type AppContextValue } from './session/app-context';
import { SignInPage } from './features/sign-in/sign-in.page';
import { decodeToken, isAdminWithoutCouncil, storedToken, type TokenClaims } from './session/token';
import { cookieSession, linkSecretIn, oidcRefusalIn, type OidcRefusal } from './session/cookie-session';
import { LiveEvents } from './session/live-events';
import { useAsync } from './ui/use-async';

const OIDC_REFUSALS = {
  'not-known': 'oidcNotKnown',
  several: 'oidcSeveral',
  failed: 'oidcFailed',
} as const satisfies Record<OidcRefusal, string>;

/**
 * Signed out: the sign-in page. Signed in: the council is loaded once, then the pages. Signed in
 * means a pasted token (admins, scripts) or the session cookie of a link sent by e-mail.
 */
export function App() {
  const [language, setLanguageState] = useState<Language>(storedLanguage());
  const [token, setToken] = useState<string | undefined>(storedToken.read());
  const [notice, setNotice] = useState<string>();
  // undefined: not asked yet; null: no session.
  const [session, setSession] = useState<TokenClaims | null | undefined>(token ? null : undefined);
  const t = useMemo(() => translator(language), [language]);
  const setLanguage = (next: Language) => {
    storeLanguage(next);
    setLanguageState(next);
  };
  document.documentElement.lang = language;
  const claims = token ? decodeToken(token) : (session ?? undefined);

  const following = useRef(false);
  // A link followed in this tab (pasted into the address bar) arrives as a hash change.
  useEffect(() => {
    const onHash = () => {
      const secret = linkSecretIn(location.hash);
      if (!secret) return;
      storedToken.clear();
      setToken(undefined);
      followLink(secret);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (token) return;
    const secret = linkSecretIn(location.hash);
    if (secret) return followLink(secret);
    const refusal = oidcRefusalIn(location.hash);
    if (refusal) {
      history.replaceState(null, '', location.pathname + location.search);
      setNotice(t(OIDC_REFUSALS[refusal]));
    }
    // A link being followed answers who is signed in; asking the cookie now could race it.
    if (following.current) return;
    cookieSession
      .current()
      .then((found) => setSession(found ?? null))
      .catch(() => setSession(null));
    // Asked once per sign-in state; `t` changing with the language does not ask again.
  }, [token]);

  function followLink(secret: string) {
    // The link's secret is used once: off the address bar and history at once.
    history.replaceState(null, '', location.pathname + location.search);
    setSession(undefined);
    following.current = true;
    cookieSession
      .complete(secret)
      .finally(() => (following.current = false))
      .then((claims) => {
        setNotice(undefined);
        setSession(claims);
      })
      .catch((error: Error) => {
        setNotice(t('signInLinkRefused', { reason: error.message }));
        setSession(null);
      });
  }

  const signIn = (value: string) => {
    storedToken.write(value);
    setNotice(undefined);
    setToken(value.trim());
  };
  const signOut = (reason?: string) => {
    if (!token) void cookieSession.end();
    setSession(null);
    storedToken.clear();
    setNotice(reason);
    setToken(undefined);
    location.hash = '';
  };

  let body;
  if (!token && session === undefined)
    body = (
      <p class="loading" role="status" aria-live="polite">
        {t('signingIn')}
      </p>
    );
  else if (token && claims && isAdminWithoutCouncil(claims))
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
  else if (!claims?.council)
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
  token: string | undefined;
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
  const live = useMemo(() => new LiveEvents(api, councilPath('/events')), [api, councilId]);
  useEffect(() => () => live.close(), [live]);

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
    signOut: (reason?: string) => props.signOut(reason),
    bySession: !token,
    live,
  };
  return (
    <AppContext.Provider value={value}>
      <AppShell />
    </AppContext.Provider>
  );
}

import { useMemo, useState } from 'preact/hooks';
import { ApiClient } from './api/api-client';
import { translator, word, type Language } from './i18n/language';
import { CouncilListPage } from './features/council/council-list.page';
import { NewCouncilPage } from './features/council/new-council.page';
import { ReconcileDeadlinesPanel } from './features/council/reconcile-deadlines.panel';
import type { TokenClaims } from './session/token';
import { LanguageSwitch } from './ui/language-switch';

/** The admin's one page (issue 3: an admin creates councils and nothing inside one; issue 15: and sees them). */
export function AdminShell(props: {
  token: string;
  claims: TokenClaims;
  language: Language;
  setLanguage(language: Language): void;
  signOut(reason?: string): void;
}) {
  const { token, claims, language, signOut } = props;
  const t = useMemo(() => translator(language), [language]);
  const api = useMemo(
    () => new ApiClient(token, (error) => signOut(`${t('sessionEnded')} (${error.message})`)),
    [token],
  );
  const [created, setCreated] = useState(0);
  return (
    <div class="page narrow">
      <header class="topbar">
        <span class="brand">{t('appName')}</span>
        <p class="who" data-testid="who-am-i">
          <span class="visually-hidden">{t('signedInAs')} </span>
          {claims.sub} · {word(t, 'role', claims.role)}
        </p>
        <LanguageSwitch t={t} language={language} setLanguage={props.setLanguage} />
        <button type="button" class="link" onClick={() => signOut()}>
          {t('signOut')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <NewCouncilPage t={t} api={api} onCreated={() => setCreated((n) => n + 1)} />
        <CouncilListPage t={t} api={api} round={created} />
        <ReconcileDeadlinesPanel t={t} api={api} />
      </main>
    </div>
  );
}

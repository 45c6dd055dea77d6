import { useState } from 'preact/hooks';
import type { Language, Translate } from '../i18n/language';
import { LanguageSwitch } from '../ui/language-switch';
import { decodeToken, isAdminWithoutCouncil, isExpired } from '../session/token';

/**
 * Sign-in with a pasted token (issue 9): the page only reads its claims to greet the person;
 * the API checks it. Also shown while the council loads, or when the API turned the token away.
 */
export function SignInPage(props: {
  t: Translate;
  language: Language;
  setLanguage(language: Language): void;
  onSignIn(token: string): void;
  pending?: boolean;
  failure?: Error;
  onSignOut?(): void;
  /** Why the last session ended, if it did not end by signing out. */
  notice?: string;
}) {
  const { t } = props;
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string>();

  const submit = (e: Event) => {
    e.preventDefault();
    const claims = decodeToken(value);
    if (!claims) return setProblem(t('tokenInvalid'));
    if (isExpired(claims, Date.now())) return setProblem(t('tokenExpired'));
    if (!claims.council && !isAdminWithoutCouncil(claims)) return setProblem(t('tokenNoCouncil'));
    setProblem(undefined);
    props.onSignIn(value);
  };

  return (
    <div class="page narrow">
      <header class="topbar">
        <span class="brand">{t('appName')}</span>
        <LanguageSwitch t={t} language={props.language} setLanguage={props.setLanguage} />
      </header>
      <main id="main">
        {props.pending ? (
          <p class="loading" role="status" aria-live="polite">
            {t('loading')}
          </p>
        ) : props.failure ? (
          <div class="card">
            <div class="error" role="alert">
              <strong>{t('errorPrefix')}:</strong> {props.failure.message}
            </div>
            <button type="button" onClick={props.onSignOut}>
              {t('signOut')}
            </button>
          </div>
        ) : (
          <form class="card" onSubmit={submit}>
            <h1>{t('signIn')}</h1>
            {props.notice && (
              <p class="error" role="alert">
                {props.notice}
              </p>
            )}
            <p>{t('signInIntro')}</p>
            <label for="token">{t('tokenLabel')}</label>
            <textarea
              id="token"
              name="token"
              rows={5}
              value={value}
              onInput={(e) => setValue((e.target as HTMLTextAreaElement).value)}
              aria-describedby={problem ? 'token-problem' : undefined}
              aria-invalid={problem ? true : undefined}
              autocomplete="off"
              spellcheck={false}
              required
            />
            {problem && (
              <p id="token-problem" class="error" role="alert">
                {problem}
              </p>
            )}
            <button type="submit" class="primary">
              {t('signIn')}
            </button>
          </form>
        )}
      </main>
    </div>
  );
}

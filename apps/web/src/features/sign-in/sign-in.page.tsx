import { useEffect, useState } from 'preact/hooks';
import type { SignInMethods } from '../../api/api-types';
import type { Language, Translate } from '../../i18n/language';
import { LanguageSwitch } from '../../ui/language-switch';
import { decodeToken, isAdminWithoutCouncil, isExpired } from '../../session/token';
import { cookieSession } from '../../session/cookie-session';

/**
 * Sign-in (issue 19): a member, chair or secretary signs in at the region's provider (OpenID
 * Connect, when the engine has one), or types their address and follows the link mailed to it; admins and scripts paste a token (issue 9), which the page only reads to greet
 * the person, the API checks it. Also shown while the council loads, or when the API turned the
 * session away.
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
  const [email, setEmail] = useState('');
  const [mail, setMail] = useState<'idle' | 'sending' | 'sent' | Error>('idle');
  const [methods, setMethods] = useState<SignInMethods>({});
  useEffect(() => {
    cookieSession
      .methods()
      .then(setMethods)
      .catch(() => setMethods({}));
  }, []);

  const askForLink = (e: Event) => {
    e.preventDefault();
    setMail('sending');
    cookieSession
      .requestLink(email.trim())
      .then(() => setMail('sent'))
      .catch((error: Error) => setMail(error));
  };

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
          <div class="card">
            <h1>{t('signIn')}</h1>
            {props.notice && (
              <p class="error" role="alert">
                {props.notice}
              </p>
            )}
            {methods.oidc && (
              <p>
                {/* A plain link: the sign-in is a round trip of whole pages through the provider. */}
                <a class="button primary" href="/api/sign-in/oidc" data-testid="oidc-sign-in">
                  {t('signInWith', { name: methods.oidc.name })}
                </a>
              </p>
            )}
            <form onSubmit={askForLink}>
              <p>{methods.oidc ? `${t('signInOr')} ${t('signInByMail')}` : t('signInByMail')}</p>
              <label for="sign-in-email">{t('email')}</label>
              <input
                id="sign-in-email"
                name="email"
                type="email"
                autocomplete="email"
                value={email}
                onInput={(e) => setEmail((e.target as HTMLInputElement).value)}
                required
              />
              <button type="submit" class="primary" disabled={mail === 'sending'}>
                {t('sendSignInLink')}
              </button>
              {mail === 'sent' && (
                <p class="ok" role="status" data-testid="link-sent">
                  {t('signInLinkSent')}
                </p>
              )}
              {mail instanceof Error && (
                <p class="error" role="alert">
                  {mail.message}
                </p>
              )}
            </form>
            {/* Visible, not folded away: admins and scripts sign in this way every day. */}
            <form onSubmit={submit}>
              <h2>{t('signInWithToken')}</h2>
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
              <button type="submit">{t('signIn')}</button>
            </form>
          </div>
        )}
      </main>
    </div>
  );
}

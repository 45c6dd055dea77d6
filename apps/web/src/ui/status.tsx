import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { ApiError, STALE_REVISION } from '../api/api-client';
import type { HistoryEntry } from '../api/api-types';
import { LOCALES } from '../format/date-format';
import { describeEvent } from '../format/describe';
import { refusalText } from '../format/refusal-words';
import { AppContext, useWords } from '../session/app-context';
import type { ActionState, AsyncState } from './use-async';

export function Loading() {
  const t = useWords();
  return (
    <p class="loading" role="status" aria-live="polite">
      {t('loading')}
    </p>
  );
}

/**
 * Says what happened in the reader's language (issue 19): the kind of refusal from the problem's
 * `code`, each field at fault by its label, the common rules' messages translated, and the API's
 * own words beside them (marked English) for what no translation covers. A write refused because
 * the case changed says who changed it and what they did.
 */
export function ErrorBox({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const t = useWords();
  const app = useContext(AppContext);
  const language = app?.language ?? (document.documentElement.lang === 'en' ? 'en' : 'da');
  const refusal = error instanceof ApiError ? refusalText(error, language) : undefined;
  const stale = error instanceof ApiError && error.code === STALE_REVISION ? error : undefined;
  return (
    <div class="error" role="alert">
      <strong>{t('errorPrefix')}:</strong>{' '}
      {stale && app ? '' : refusal ? `${refusal.summary}.` : error.message}
      {!stale && refusal?.detail && <> {refusal.detail}.</>}
      {stale && app && <StaleCase kind={stale.since?.kind ?? ''} since={stale.since?.events ?? []} />}
      {refusal && refusal.fields.length > 0 ? (
        <ul class="plain">
          {refusal.fields.map((f, i) => (
            <li key={i}>
              {f.label}: <span lang={f.translated ? undefined : 'en'}>{f.message}</span>
            </li>
          ))}
        </ul>
      ) : (
        error instanceof ApiError &&
        error.fields && (
          // A validation refusal says which field and why; the summary alone ("Validation failed") does not.
          <ul class="plain">
            {Object.entries(error.fields).map(([field, messages]) => (
              <li key={field}>
                {field}: {messages.join('; ')}
              </li>
            ))}
          </ul>
        )
      )}
      {refusal && !refusal.fields.some((f) => error.message.endsWith(`: ${f.original}`)) && (
        // The API's own words, when the fields above do not already carry them.
        <p class="muted small" lang="en">
          {t('apiSaid')} {error.message}
        </p>
      )}
      {onRetry && (
        <button type="button" class="link" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

/** "Changed by Kira Madsen since you opened it", with what was done, and the fresh page a click away. */
function StaleCase({ kind, since }: { kind: string; since: HistoryEntry[] }) {
  const app = useContext(AppContext)!;
  const list = new Intl.ListFormat(LOCALES[app.language], { type: 'conjunction' });
  const names = list.format([...new Set(since.map((e) => app.personName(e.actor.personId)))]);
  return (
    <div data-testid="stale-case">
      <p>{names ? app.t('staleChangedBy', { names }) : app.t('staleChanged')}</p>
      {since.length > 0 && (
        <ul>
          {since.map((e) => (
            <li key={e.id}>
              {app.fmt.dateTime(e.recordedAt)}: {describeEvent({ ...e, kind }, app).what}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => location.reload()}>
        {app.t('staleShowFresh')}
      </button>
    </div>
  );
}

export function Async<T>({
  state,
  children,
}: {
  state: AsyncState<T>;
  children: (data: T) => ComponentChildren;
}) {
  if (state.error) return <ErrorBox error={state.error} onRetry={state.reload} />;
  if (state.data === undefined) return <Loading />;
  return <>{children(state.data)}</>;
}

export function ActionStatus({ action }: { action: ActionState }) {
  const t = useWords();
  if (action.busy)
    return (
      <p class="muted" role="status" aria-live="polite">
        {t('saving')}
      </p>
    );
  if (action.error) return <ErrorBox error={action.error} />;
  if (action.done)
    return (
      <p class="ok" role="status" aria-live="polite">
        {t('saved')}
      </p>
    );
  return null;
}

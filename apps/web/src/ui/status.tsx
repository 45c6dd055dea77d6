import type { ComponentChildren } from 'preact';
import { ApiError } from '../api/api-client';
import { useWords } from '../session/app-context';
import type { ActionState, AsyncState } from './use-async';

export function Loading() {
  const t = useWords();
  return (
    <p class="loading" role="status" aria-live="polite">
      {t('loading')}
    </p>
  );
}

/** Says what happened, in the API's own words (its message names the field or the rule). */
export function ErrorBox({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const t = useWords();
  return (
    <div class="error" role="alert">
      <strong>{t('errorPrefix')}:</strong> {error.message}
      {error instanceof ApiError && error.fields && (
        // A validation refusal says which field and why; the summary alone ("Validation failed") does not.
        <ul class="plain">
          {Object.entries(error.fields).map(([field, messages]) => (
            <li key={field}>
              {field}: {messages.join('; ')}
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" class="link" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
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

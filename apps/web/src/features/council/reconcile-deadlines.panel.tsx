import { useState } from 'preact/hooks';
import type { ApiClient } from '../../api/api-client';
import type { DeadlineRebuild } from '../../api/api-types';
import type { Translate } from '../../i18n/language';
import { ErrorBox } from '../../ui/status';
import { useAction } from '../../ui/use-async';

/**
 * The admin's `POST /api/admin/deadlines/reconcile` (what `npm run cli -- deadlines reconcile`
 * calls on a running server): after Redis lost its data, the reminders are rebuilt from the event
 * log, and the page says what the rebuild did as the API answers it.
 */
export function ReconcileDeadlinesPanel({ t, api }: { t: Translate; api: ApiClient }) {
  const action = useAction();
  const [answer, setAnswer] = useState<DeadlineRebuild>();
  const run = () =>
    action.run(async () => {
      setAnswer(undefined);
      setAnswer(await api.json<DeadlineRebuild>('/api/admin/deadlines/reconcile', { method: 'POST' }));
    });
  const health = answer?.health;
  return (
    <section class="card" aria-labelledby="reconcile-title">
      <h2 id="reconcile-title">{t('reconcileTitle')}</h2>
      <p>{t('reconcileIntro')}</p>
      <button type="button" class="primary" disabled={action.busy} onClick={() => void run()}>
        {t('reconcileDeadlines')}
      </button>
      {action.busy && (
        <p class="muted" role="status" aria-live="polite">
          {t('saving')}
        </p>
      )}
      {action.error && <ErrorBox error={action.error} />}
      {answer && health && (
        <div class="ok" role="status" data-testid="reconcile-result">
          <p>{t('reconcileDone', { ...answer.result })}</p>
          <p>
            {health.status === 'ok'
              ? t('reconcileHealthOk')
              : t('reconcileHealthMissing', { missing: health.missingJobs, indexed: health.indexedJobs })}
          </p>
        </div>
      )}
    </section>
  );
}

import type { LiveSession } from '../../api/api-types';
import { useApp } from '../../session/app-context';
import { ConfirmStep } from '../../ui/confirm-step';
import { ErrorBox, Loading } from '../../ui/status';
import { useAction, useAsync } from '../../ui/use-async';

/**
 * Issue 19, item 1: sessions that expire and can be ended. The person's live sessions in this
 * council as `GET /api/sign-in/sessions` answers them, and "Log ud alle steder" (a lost phone, a
 * shared computer), asked twice since it signs this browser out too.
 */
export function MySessionsPage() {
  const { t, fmt, api, signOut } = useApp();
  const sessions = useAsync(() => api.json<LiveSession[]>('/api/sign-in/sessions'), [api]);
  const action = useAction();
  const endAll = async () => {
    const answer = { ended: 0 };
    const ok = await action.run(async () => {
      answer.ended = (
        await api.json<{ ended: number }>('/api/sign-in/sessions/end-all', { method: 'POST' })
      ).ended;
    });
    // This browser's session is ended with the rest: the sign-in page says how many were.
    if (ok) signOut(t('allSessionsEnded', { count: answer.ended }));
  };
  return (
    <section class="card" aria-labelledby="sessions-title">
      <h1 id="sessions-title">{t('sessionsTitle')}</h1>
      <p>{t('sessionsIntro')}</p>
      {sessions.error && <ErrorBox error={sessions.error} onRetry={sessions.reload} />}
      {!sessions.data && !sessions.error && <Loading />}
      {sessions.data && sessions.data.length === 0 && <p>{t('sessionsNone')}</p>}
      {sessions.data && sessions.data.length > 0 && (
        <table data-testid="sessions">
          <thead>
            <tr>
              <th scope="col">{t('sessionStarted')}</th>
              <th scope="col">{t('sessionExpires')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('sessionThisOne')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.data.map((s) => (
              <tr key={s.startedAt + s.expiresAt} aria-current={s.current ? 'true' : undefined}>
                <td>{fmt.dateTime(s.startedAt)}</td>
                <td>{fmt.dateTime(s.expiresAt)}</td>
                <td>{s.current && <strong>{t('sessionThisOne')}</strong>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmStep
        id="end-all-sessions"
        button={t('endAllSessions')}
        confirm={t('confirmEndAllSessions')}
        busy={action.busy}
        onConfirm={() => void endAll()}
      >
        <p>{t('endAllSessionsWarning')}</p>
      </ConfirmStep>
      {action.error && <ErrorBox error={action.error} />}
    </section>
  );
}

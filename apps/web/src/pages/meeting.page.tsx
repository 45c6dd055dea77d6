import { useApp } from '../session/app-context';
import { href } from '../ui/router';
import { Async } from '../ui/status';
import { useAsync } from '../ui/use-async';

interface AgendaItem {
  id: string;
  title: string;
  caseId: string | null;
  summary: string | null;
  recommendation: string | null;
  decision: string | null;
}

interface Meeting {
  id: string;
  kind: 'ordinary' | 'extraordinary';
  startsAt: string;
  place: string | null;
  agenda: AgendaItem[];
  minutes: { approved: boolean; approvedAt: string | null };
}

/** Seed 003's meeting: when and where, and each agenda item with its recommendation and decision. */
export function MeetingPage({ id }: { id: string }) {
  const { api, councilPath, t, fmt } = useApp();
  const state = useAsync(
    () => api.json<Meeting>(councilPath(`/meetings/${encodeURIComponent(id)}`)),
    [api, id],
  );
  return (
    <Async state={state}>
      {(m) => (
        <article aria-labelledby="meeting-title">
          <h1 id="meeting-title">
            {t(m.kind === 'extraordinary' ? 'meetingExtraordinary' : 'meetingOrdinary')}{' '}
            <time dateTime={m.startsAt}>{fmt.dateTime(m.startsAt)}</time>
          </h1>
          {m.place && <p>{m.place}</p>}
          <p>
            <a href={href('cases', 'meetings', m.id)}>{t('chainTitle')}</a>
          </p>
          <h2>{t('agenda')}</h2>
          {m.agenda.length ? (
            <ol>
              {m.agenda.map((item) => (
                <li key={item.id}>
                  <h3>
                    {item.title}
                    {item.caseId && <span class="muted small"> ({item.caseId})</span>}
                  </h3>
                  {item.summary && <p>{item.summary}</p>}
                  {item.recommendation && (
                    <p>
                      <strong>{t('recommendation')}:</strong> {item.recommendation}
                    </p>
                  )}
                  {item.decision && (
                    <p>
                      <strong>{t('decision')}:</strong> {item.decision}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          ) : (
            <p class="muted">{t('agendaEmpty')}</p>
          )}
          {m.minutes.approved && (
            <p class="ok">{t('minutesApproved', { when: fmt.date(m.minutes.approvedAt) })}</p>
          )}
        </article>
      )}
    </Async>
  );
}

import type { HearingListRow, Reminder } from '../../api/api-types';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import { href } from '../../ui/router';
import { Async } from '../../ui/status';
import { useAsync } from '../../ui/use-async';

// The reminder names its case by stream category; the pages route by these plural paths.
const CASE_PATHS: Record<string, string> = {
  hearing: 'hearings',
  'budget-proposal': 'proposals',
  'follow-up': 'follow-ups',
  meeting: 'meetings',
};

/** Issue 4, item 3: the reminders the council's deadlines sent me, newest first. */
export function RemindersPage() {
  const { api, councilPath, t, fmt } = useApp();
  const state = useAsync(async () => {
    const [reminders, hearings] = await Promise.all([
      api.json<Reminder[]>('/api/me/notifications'),
      api.json<HearingListRow[]>(councilPath('/hearings')),
    ]);
    return { reminders, titles: new Map(hearings.map((h) => [h.id, h.title])) };
  }, [api]);
  return (
    <section aria-labelledby="reminders-title">
      <h1 id="reminders-title">{t('navReminders')}</h1>
      <Async state={state}>
        {({ reminders, titles }) =>
          reminders.length === 0 ? (
            <p class="muted">{t('remindersEmpty')}</p>
          ) : (
            <ul class="plain">
              {reminders.map((r) => {
                const path = CASE_PATHS[r.category];
                const name = (r.category === 'hearing' && titles.get(r.caseId)) || r.caseId;
                return (
                  <li key={r.eventId} class="card" data-testid="reminder">
                    <strong>{word(t, 'deadline', r.deadline.split('.')[0])}</strong>: {fmt.dateTime(r.dueAt)}
                    <br />
                    {path ? <a href={href(path, r.caseId)}>{name}</a> : name}
                    <p class="muted small">
                      {t('reminderIssued', { when: fmt.dateTime(r.issuedAt) })}
                      {r.mail === 'sent' && ` · ${t('reminderMailed')}`}
                    </p>
                  </li>
                );
              })}
            </ul>
          )
        }
      </Async>
    </section>
  );
}

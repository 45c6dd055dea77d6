import type { Reminder } from '../../api/api-types';
import { kindAndTitle } from '../../format/wording';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import { KIND_OF_CATEGORY, useCaseNames } from '../../ui/case-titles';
import { href } from '../../ui/router';
import { Async } from '../../ui/status';
import { useAsync } from '../../ui/use-async';
import { reminderAction } from './reminder-action';

// The pages route some kinds by shorter paths than the case pages do.
const PAGE_OF_KIND: Record<string, string> = {
  hearings: 'hearings',
  'budget-proposals': 'proposals',
  'budget-cycles': 'budget-cycles',
  'follow-ups': 'follow-ups',
  meetings: 'meetings',
  councils: 'council',
};

/**
 * Issue 4, item 3: the reminders the council's deadlines sent me, newest first. Each says what
 * to do (issue 19), then the deadline and the case by name.
 */
export function RemindersPage() {
  const { api, t, fmt, claims } = useApp();
  const state = useAsync(() => api.json<Reminder[]>('/api/me/notifications'), [api]);
  const { nameOf } = useCaseNames();
  return (
    <section aria-labelledby="reminders-title">
      <h1 id="reminders-title">{t('navReminders')}</h1>
      <Async state={state}>
        {(reminders) =>
          reminders.length === 0 ? (
            <p class="muted">{t('remindersEmpty')}</p>
          ) : (
            <ul class="plain">
              {reminders.map((r) => {
                const kind = KIND_OF_CATEGORY[r.category] ?? r.category;
                const page = PAGE_OF_KIND[kind];
                const name = kindAndTitle(word(t, 'caseKind', kind), nameOf(kind, r.caseId) ?? r.caseId);
                const deadline = r.deadline.split('.')[0];
                return (
                  <li key={r.eventId} class="card" data-testid="reminder">
                    <p class="strong" data-testid="reminder-action">
                      {t(reminderAction(kind, r.deadline, claims.role))}
                    </p>
                    <p>
                      {word(t, 'deadline', deadline)}: {fmt.dateTime(r.dueAt)}
                      <br />
                      {page ? (
                        <a href={page === 'council' ? href(page) : href(page, r.caseId)}>{name}</a>
                      ) : (
                        name
                      )}
                    </p>
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

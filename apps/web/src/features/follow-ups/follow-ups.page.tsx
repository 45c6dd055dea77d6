import type { FollowUpListItem } from '../../api/api-types';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import { href } from '../../ui/router';
import { Async } from '../../ui/status';
import { useAsync } from '../../ui/use-async';

/**
 * Every follow-up of the council, with what it implements and the next thing owed. A follow-up is
 * created from what it follows up (an adopted proposal's page, a sent hearing response's, a decided
 * meeting item's), so this list has no "new" button.
 */
export function FollowUpsPage() {
  const { api, councilPath, t, fmt } = useApp();
  const state = useAsync(
    () => api.json<{ items: FollowUpListItem[] }>(councilPath('/follow-ups')).then((p) => p.items),
    [api],
  );
  return (
    <section aria-labelledby="follow-ups-title">
      <h1 id="follow-ups-title">{t('navFollowUps')}</h1>
      <Async state={state}>
        {(items) =>
          items.length ? (
            <ul class="plain cards" data-testid="follow-up-list">
              {items.map((f) => (
                <li key={f.id} class="card">
                  <a href={href('follow-ups', f.id)}>{f.title}</a>{' '}
                  <span class="badge">{word(t, 'status', f.status)}</span>
                  {f.overdue.length > 0 && <span class="badge danger">{t('overdue')}</span>}
                  <div class="muted">
                    {f.responsible && `${t('responsibleUnit')}: ${f.responsible}`}
                    {f.nextDue && ` · ${word(t, 'due', f.nextDue.kind)}: ${fmt.dateTime(f.nextDue.dueAt)}`}
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">{t('followUpsEmpty')}</p>
          )
        }
      </Async>
    </section>
  );
}

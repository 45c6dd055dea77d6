import type { HearingListRow } from '../../api/api-types';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import { href } from '../../ui/router';
import { Async } from '../../ui/status';
import { useAsync } from '../../ui/use-async';

/** Every hearing of the council, closed ones too, by response deadline. */
export function HearingsPage() {
  const { api, councilPath, t, fmt, claims } = useApp();
  const state = useAsync(() => api.json<HearingListRow[]>(councilPath('/hearings')), [api]);
  return (
    <section aria-labelledby="hearings-title">
      <div class="heading-row">
        <h1 id="hearings-title">{t('navHearings')}</h1>
        {claims.role === 'secretary' && (
          <a class="button primary" href={href('hearings', 'new')}>
            {t('openHearing')}
          </a>
        )}
      </div>
      <Async state={state}>
        {(hearings) =>
          hearings.length ? (
            <ul class="plain cards">
              {hearings.map((h) => (
                <li key={h.id} class="card">
                  <a href={href('hearings', h.id)}>{h.title}</a>
                  <span class="badge">{word(t, 'status', h.status)}</span>
                  <div class="muted">
                    {h.issuingBody} · {t('responseDeadline')}:{' '}
                    {h.responseDeadline === null ? t('noDeadline') : fmt.dateTime(h.responseDeadline)}
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">{t('hearingsEmpty')}</p>
          )
        }
      </Async>
    </section>
  );
}

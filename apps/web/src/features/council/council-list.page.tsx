import type { ApiClient } from '../../api/api-client';
import type { CouncilListItem } from '../../api/api-types';
import type { Translate } from '../../i18n/language';
import { Async } from '../../ui/status';
import { useAsync } from '../../ui/use-async';

/**
 * Issue 15 item 8: the admin sees every council (`GET /api/councils`), with what tells them
 * apart at a glance; `round` changes after a council is created, so the list shows it.
 */
export function CouncilListPage({ t, api, round }: { t: Translate; api: ApiClient; round: number }) {
  const state = useAsync(() => api.json<CouncilListItem[]>('/api/councils'), [api, round]);
  return (
    <section class="card" aria-labelledby="council-list-title">
      <h2 id="council-list-title">{t('councilList')}</h2>
      <Async state={state}>
        {(councils) =>
          councils.length === 0 ? (
            <p class="muted">{t('councilListEmpty')}</p>
          ) : (
            <table data-testid="council-list">
              <thead>
                <tr>
                  <th scope="col">{t('councilName')}</th>
                  <th scope="col">{t('councilId')}</th>
                  <th scope="col">{t('timeZone')}</th>
                  <th scope="col">{t('members')}</th>
                  <th scope="col">{t('chairPersonId')}</th>
                </tr>
              </thead>
              <tbody>
                {councils.map((council) => (
                  <tr key={council.id}>
                    <td>{council.name}</td>
                    <td>
                      <code>{council.id}</code>
                    </td>
                    <td>{council.timeZone}</td>
                    <td>{council.members}</td>
                    <td>{council.chair ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Async>
    </section>
  );
}

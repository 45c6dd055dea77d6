import type { WriteAnswer } from '../../api/api-types';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import {
  AddSecretaryPanel,
  AppointMemberPanel,
  ElectChairPanel,
  InviteButton,
  ResignButton,
  StepDownButton,
  type CouncilWrite,
} from './council-panels';
import { SeatsSection } from './council-seats-panel';
import { TermSection } from './council-term-panels';
import { asRead } from '../../ui/case-write';
import { canKeepCouncilRecord } from '../../session/roles';

/**
 * The council's members, chair, seats, term and secretariat; the secretary administers them
 * (issue 3: only the secretary appoints, records resignations and elections, and adds
 * secretaries; issue 18.2: the seats, the term, the region's decisions, the terms of reference). The council
 * is the one the whole session reads, so a change refreshes it for every page.
 */
export function CouncilPage() {
  const { t, council, claims, api, councilPath, refreshCouncil } = useApp();
  const administers = canKeepCouncilRecord(claims.role);
  const write: CouncilWrite = async (path, body, method = 'POST') => {
    const answer = await api.json<WriteAnswer>(councilPath(path), {
      method,
      body,
      ...asRead(councilPath(), council.revision),
    });
    refreshCouncil();
    return answer;
  };
  return (
    <article aria-labelledby="council-title">
      <h1 id="council-title">{t('councilTitle', { council: council.name })}</h1>
      <p data-testid="chair">{council.chair ? t('chairIs', { name: council.chair.name }) : t('noChair')}</p>
      <section aria-labelledby="members-title">
        <h2 id="members-title">{t('members')}</h2>
        {council.members.length === 0 ? (
          <p class="muted">{t('membersEmpty')}</p>
        ) : (
          <div class="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('memberName')}</th>
                  <th scope="col">{t('organisation')}</th>
                  <th scope="col">{t('email')}</th>
                  {administers && <th scope="col">{t('resignation')}</th>}
                </tr>
              </thead>
              <tbody>
                {council.members.map((m) => (
                  <tr key={m.personId} data-testid="member-row">
                    <th scope="row">
                      {m.name}{' '}
                      {council.chair?.personId === m.personId && (
                        <span class="badge">{word(t, 'role', 'chair')}</span>
                      )}
                      <div class="muted small">{m.personId}</div>
                    </th>
                    <td>{m.organisation}</td>
                    <td>
                      <a href={`mailto:${m.email}`}>{m.email}</a>
                    </td>
                    {administers && (
                      <td>
                        <InviteButton member={m} />
                        <ResignButton member={m} write={write} />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <SeatsSection council={council} write={write} keeps={administers} />
      <TermSection council={council} write={write} keeps={administers} />
      <section aria-labelledby="secretaries-title">
        <h2 id="secretaries-title">{t('secretaries')}</h2>
        <ul class="plain" data-testid="secretaries">
          {council.secretaries.map((s) => (
            <li key={s.personId}>
              {s.name ?? s.personId}
              {s.email && (
                <>
                  {' · '}
                  <a href={`mailto:${s.email}`}>{s.email}</a>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
      {administers && (
        <section aria-labelledby="administer-title">
          <h2 id="administer-title">{t('administerCouncil')}</h2>
          <AppointMemberPanel council={council} write={write} />
          <ElectChairPanel council={council} write={write} />
          <StepDownButton council={council} write={write} />
          <AddSecretaryPanel write={write} />
        </section>
      )}
    </article>
  );
}

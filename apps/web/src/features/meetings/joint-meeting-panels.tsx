import type { Meeting, MeetingListRow } from '../../api/api-types';
import { useApp } from '../../session/app-context';
import { ITEM_KIND_WORDS } from './meeting-kinds';

type OtherCouncil = NonNullable<Meeting['otherCouncils']>[number];

/**
 * A joint meeting on the council's list (seed 003 item 6): with which councils and who arranged
 * it. The list row has the councils' ids only; their names are on the meeting's own page.
 */
export function JointRowFacts({ row }: { row: MeetingListRow }) {
  const { t } = useApp();
  if (row.jointWith.length === 0) return null;
  return (
    <p class="small" data-testid="meeting-joint">
      {t('jointWithLabel')}: {row.jointWith.join(', ')} · {t('arrangedByLabel')}:{' '}
      {row.hostedBy ?? t('arrangedHere')}
    </p>
  );
}

/** With whom, and who arranged it: the other councils named as `otherCouncils` names them. */
export function JointMeetingFacts({ meeting }: { meeting: Meeting }) {
  const { t, council } = useApp();
  if (meeting.jointWith.length === 0) return null;
  const name = (id: string) => (meeting.otherCouncils ?? []).find((c) => c.councilId === id)?.name ?? id;
  return (
    <>
      <dt>{t('jointWithLabel')}</dt>
      <dd data-testid="joint-with">{meeting.jointWith.map(name).join(', ')}</dd>
      <dt>{t('arrangedByLabel')}</dt>
      <dd data-testid="arranged-by">{meeting.hostedBy ? name(meeting.hostedBy) : council.name}</dd>
    </>
  );
}

/**
 * The other councils' open items (`otherCouncils`, each numbered on its own agenda) with their
 * decisions, and whether each council has approved its minutes: each council decides only for
 * itself. Their files are named, not linked: they are served under that council's address only.
 */
export function OtherCouncilsAgenda({ meeting }: { meeting: Meeting }) {
  return (
    <>
      {(meeting.otherCouncils ?? []).map((c) => (
        <OtherCouncilAgenda key={c.councilId} other={c} />
      ))}
    </>
  );
}

function OtherCouncilAgenda({ other }: { other: OtherCouncil }) {
  const { t } = useApp();
  const headingId = `other-council-${other.councilId}`;
  return (
    <section aria-labelledby={headingId} data-testid="other-council">
      <h2 id={headingId}>{t('otherCouncilItems', { name: other.name })}</h2>
      {other.agenda.length ? (
        <ol class="plain">
          {other.agenda.map((item) => (
            <li key={item.id} class="card" data-testid="other-council-item">
              <p class="muted small">{t('itemNumber', { n: String(item.number) })}</p>
              <h3>{item.title}</h3>
              {item.kind && <p class="kind">{t(ITEM_KIND_WORDS[item.kind])}</p>}
              {item.summary && (
                <p>
                  <strong>{t('itemSummary')}:</strong> {item.summary}
                </p>
              )}
              {item.attachments.length > 0 && (
                <p>
                  <strong>{t('attachmentsLabel')}:</strong> {item.attachments.map((a) => a.title).join('; ')}
                </p>
              )}
              {item.decision !== null && (
                <p data-testid="decision">
                  <strong>{t('decision')}:</strong> {item.decision || '.'}
                </p>
              )}
              {item.postponed && (
                <p>
                  <strong>{t('postponedLabel')}:</strong> {item.postponed.reason}
                </p>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted">{t('otherCouncilNoItems')}</p>
      )}
      <p class={other.minutesApproved ? 'ok' : 'muted'} data-testid="other-council-minutes">
        {t(other.minutesApproved ? 'otherCouncilMinutesApproved' : 'otherCouncilMinutesOpen', {
          name: other.name,
        })}
      </p>
    </section>
  );
}

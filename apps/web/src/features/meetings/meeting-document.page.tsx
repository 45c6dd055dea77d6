import type { ComponentChildren } from 'preact';
import type { ActionPointRow, AgendaItem, Meeting } from '../../api/api-types';
import type { MessageKey } from '../../i18n/dictionary';
import { useApp } from '../../session/app-context';
import { href } from '../../ui/router';
import { Async } from '../../ui/status';
import { useAsync } from '../../ui/use-async';
import { absentWithLetter } from './meeting-kinds';
import { MeetingDownloads } from './meeting-downloads';

export type MeetingDocumentKind = 'agenda' | 'minutes';

type MeetingDocument = Meeting & {
  document: MeetingDocumentKind;
  council: { id: string; name: string };
  openActionPoints: ActionPointRow[];
};

const SECTIONS: [MessageKey, keyof AgendaItem][] = [
  ['itemSummary', 'summary'],
  ['recommendation', 'recommendation'],
  ['presentation', 'presentation'],
  ['economy', 'economy'],
  ['previousDecisions', 'previousDecisions'],
];

/**
 * The agenda or the minutes as a page to print (issue 17 item 6), in the region's layout (seed
 * 003): a header with date, time, place and participants, a table of contents, then per item its
 * number, "(Åben)", title, Sags ID, Dok ID, the sections, and on the minutes Beslutning and
 * Fraværende, then Bilag; an empty section shows "." as the region's minutes do. Drawn from the
 * API's JSON of the same document the Word and Markdown downloads are made from.
 */
export function MeetingDocumentPage({ id, kind }: { id: string; kind: MeetingDocumentKind }) {
  const { api, councilPath, t, fmt, personName } = useApp();
  const state = useAsync(
    () => api.json<MeetingDocument>(councilPath(`/meetings/${encodeURIComponent(id)}/${kind}`)),
    [api, id, kind],
  );
  return (
    <Async state={state}>
      {(d) => {
        const letterOf = new Map(d.attendance.absent.map((a) => [a.personId, a.letter]));
        const absentName = (p: string) =>
          letterOf.has(p) ? absentWithLetter(personName(p), letterOf.get(p)!) : personName(p);
        const heading =
          kind === 'agenda' ? t('doc.agenda') : d.minutes.approved ? t('doc.minutes') : t('doc.draftMinutes');
        const participants = [...d.attendance.present, ...d.attendance.absent.map((a) => a.personId)];
        const timeOf = (iso: string) => fmt.dateTime(iso).split(/,? /).pop();
        return (
          <article class="meeting-document" aria-labelledby="document-title">
            <p class="no-print">
              <a href={href('meetings', d.id)}>{t('backToMeeting')}</a>
            </p>
            <h1 id="document-title">
              {heading} {d.council.name}
            </h1>
            {d.cancelled && (
              <p>
                <strong>{t('meetingCancelled')}</strong>: {d.cancelled.reason}
              </p>
            )}
            <dl class="facts">
              <dt>{t('doc.date')}</dt>
              <dd>
                {d.startsAt
                  ? `${fmt.dateTime(d.startsAt)}${d.endsAt ? `–${timeOf(d.endsAt)}` : ''}`
                  : t('meetingDateToFollow')}
              </dd>
              {d.place && (
                <>
                  <dt>{t('doc.place')}</dt>
                  <dd>{d.place}</dd>
                </>
              )}
              {d.online && (
                <>
                  <dt>{t('meetingOnline')}</dt>
                  <dd>{d.online}</dd>
                </>
              )}
              {participants.length > 0 && (
                <>
                  <dt>{t('doc.participants')}</dt>
                  <dd>{participants.map(personName).join(', ')}</dd>
                </>
              )}
              {kind === 'minutes' && d.attendance.absent.length > 0 && (
                <>
                  <dt>{t('absentLabel')}</dt>
                  <dd>{d.attendance.absent.map((a) => absentName(a.personId)).join(', ')}</dd>
                </>
              )}
              {d.attendance.guests.length > 0 && (
                <>
                  <dt>{t('guestsLabel')}</dt>
                  <dd>
                    {d.attendance.guests
                      .map((g) => [g.name, g.organisation, g.role].filter(Boolean).join(', '))
                      .join('; ')}
                  </dd>
                </>
              )}
            </dl>
            <MeetingDownloads meetingId={d.id} kinds={[kind]} />
            {d.openActionPoints.length > 0 && (
              <section aria-labelledby="doc-open-points">
                <h2 id="doc-open-points">{t('doc.openPoints')}</h2>
                <ul>
                  {d.openActionPoints.map((p) => (
                    <li key={p.id}>
                      {p.text} ({personName(p.owner)}
                      {p.dueAt && `, ${t('actionPointDue')} ${fmt.date(p.dueAt)}`})
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <section aria-labelledby="doc-toc">
              <h2 id="doc-toc">{t('doc.toc')}</h2>
              <ol>
                {d.agenda.map((i) => (
                  <li key={i.id}>
                    <a href={`#doc-item-${i.number}`} onClick={(e) => jumpTo(e, i.number)}>
                      {i.title}
                    </a>
                  </li>
                ))}
              </ol>
            </section>
            {d.agenda.map((item) => (
              <section
                key={item.id}
                id={`doc-item-${item.number}`}
                aria-labelledby={`doc-item-${item.number}-title`}
                data-testid="document-item"
              >
                <h2 id={`doc-item-${item.number}-title`}>
                  {t('doc.item', { n: String(item.number), title: item.title })}
                </h2>
                <p>
                  {item.number} ({item.open ? t('doc.open') : t('doc.closed')}) {item.title}
                </p>
                {item.caseId && (
                  <p>
                    {t('doc.caseId')}: {item.caseId}
                  </p>
                )}
                {item.documentId && (
                  <p>
                    {t('doc.documentId')}: {item.documentId}
                  </p>
                )}
                {item.presenters.length > 0 && (
                  <p>
                    {t('doc.presenters')}:{' '}
                    {item.presenters
                      .map((p) => [p.name, p.organisation].filter(Boolean).join(', '))
                      .join('; ')}
                  </p>
                )}
                {SECTIONS.map(([word, field]) => (
                  <Section key={field} title={t(word)}>
                    {item[field] as string | null}
                  </Section>
                ))}
                {kind === 'minutes' && (
                  <>
                    <Section title={t('decision')}>
                      {item.postponed ? t('doc.postponed', { reason: item.postponed.reason }) : item.decision}
                    </Section>
                    {item.corrections.map((c, i) => (
                      <p key={i}>
                        <em>{t('doc.corrected', { reason: c.reason, decision: c.decision })}</em>
                      </p>
                    ))}
                    <Section title={t('doc.absent')}>
                      {item.absent.map(absentName).join(', ') || null}
                    </Section>
                  </>
                )}
                <Section title={t('attachmentsLabel')}>
                  {item.attachments.length
                    ? item.attachments
                        .map(
                          (a) =>
                            `${a.title}${a.documentId ? ` (${t('doc.documentId')} ${a.documentId})` : ''}${a.url ? ` ${a.url}` : ''}`,
                        )
                        .join('; ')
                    : null}
                </Section>
              </section>
            ))}
          </article>
        );
      }}
    </Async>
  );
}

/** The region's minutes print "." under a section with nothing in it. */
function Section({ title, children }: { title: string; children: ComponentChildren }) {
  const empty =
    children === null || children === undefined || (typeof children === 'string' && !children.trim());
  return (
    <div class="doc-section">
      <h3>{title}</h3>
      <p class="pre-line">{empty ? '.' : children}</p>
    </div>
  );
}

/**
 * The pages route by hash, so a table of contents scrolls itself instead of changing the route.
 * (A section, not a nav: the print stylesheet leaves navigation out, and the contents belong on paper.)
 */
function jumpTo(e: Event, n: number) {
  e.preventDefault();
  const target = document.getElementById(`doc-item-${n}`);
  target?.scrollIntoView();
  target?.querySelector('h2')?.setAttribute('tabindex', '-1');
  target?.querySelector<HTMLElement>('h2')?.focus();
}

import { useState } from 'preact/hooks';
import type {
  AgendaItem,
  AgendaReferenceKind,
  FollowUpListItem,
  HearingListRow,
  ProposalListItem,
} from '../../api/api-types';
import type { MessageKey } from '../../i18n/dictionary';
import { useApp } from '../../session/app-context';
import { CheckList, Field, Select, TextArea } from '../../ui/fields';
import { href } from '../../ui/router';
import { filledRows, RowsField, type Row } from '../../ui/rows-field';
import { ActionStatus } from '../../ui/status';
import { useAction, useAsync } from '../../ui/use-async';
import { AttachmentList } from './attachment-panels';
import { absentWithLetter, ITEM_KIND_WORDS, ORIENTATIONS, type AgendaItemKind } from './meeting-kinds';
import type { MeetingWrite } from './meeting-write';

export type { MeetingWrite } from './meeting-write';

const REFERENCE_PAGES: Record<AgendaReferenceKind, [MessageKey, string]> = {
  hearing: ['kind.hearing', 'hearings'],
  'budget-proposal': ['kind.proposal', 'proposals'],
  'follow-up': ['kind.followUp', 'follow-ups'],
};

const SECTIONS = ['summary', 'recommendation', 'presentation', 'economy', 'previousDecisions'] as const;
const SECTION_WORDS: Record<(typeof SECTIONS)[number], MessageKey> = {
  summary: 'itemSummary',
  recommendation: 'recommendation',
  presentation: 'presentation',
  economy: 'economy',
  previousDecisions: 'previousDecisions',
};

/** A case an item or action point serves, by its kind's word and id, while the lists have no title for it. */
export function referenceFallback(
  t: (key: MessageKey) => string,
  ref: { kind: AgendaReferenceKind; id: string },
): string {
  return `${t(REFERENCE_PAGES[ref.kind][0])}: ${ref.id}`;
}

/** One item as the minutes print it (seed 003): the case and document ids, each section, the decision. */
export function AgendaItemView({
  item,
  references,
  filesPath,
  letters = new Map(),
}: {
  item: AgendaItem;
  references: [string, string][];
  /** `…/meetings/<id>/agenda-items`, where an uploaded Bilag is fetched from. */
  filesPath: string;
  /** The letter after an absent member's name (seed 003: F afbud, V without), from the attendance. */
  letters?: Map<string, string>;
}) {
  const { t, personName } = useApp();
  const ref = item.refersTo && REFERENCE_PAGES[item.refersTo.kind];
  const refKey = item.refersTo && `${item.refersTo.kind}:${item.refersTo.id}`;
  // The case's title from the council's lists; its id while they load or if it is not in them.
  const refLabel = references.find(([value]) => value === refKey)?.[1];
  return (
    <>
      <h3>
        {item.title} <span class="muted small">{item.open ? t('itemOpen') : t('itemClosed')}</span>
      </h3>
      {item.kind && <p class="kind">{t(ITEM_KIND_WORDS[item.kind])}</p>}
      {(item.caseId || item.documentId) && (
        <p class="muted small">
          {[
            item.caseId && `${t('caseId')} ${item.caseId}`,
            item.documentId && `${t('documentId')} ${item.documentId}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      {item.refersTo && ref && (
        <p>
          <a href={href(ref[1], item.refersTo.id)}>{refLabel ?? `${t(ref[0])}: ${item.refersTo.id}`}</a>
        </p>
      )}
      {SECTIONS.map(
        (s) =>
          item[s] && (
            <p key={s}>
              <strong>{t(SECTION_WORDS[s])}:</strong> {item[s]}
            </p>
          ),
      )}
      {item.presenters.length > 0 && (
        <p>
          <strong>{t('presentersLabel')}:</strong>{' '}
          {item.presenters.map((p) => [p.name, p.organisation].filter(Boolean).join(', ')).join('; ')}
        </p>
      )}
      {item.postponedFrom && (
        <p class="muted">
          <a href={href('meetings', item.postponedFrom.meetingId)}>{t('postponedFromLink')}</a>
        </p>
      )}
      {item.decision !== null && (
        <p data-testid="decision">
          <strong>{t('decision')}:</strong> {item.decision || '.'}
        </p>
      )}
      {item.postponed && (
        <p data-testid="postponed">
          <strong>{t('postponedLabel')}:</strong> {item.postponed.reason}
          {item.postponed.carriedTo && (
            <>
              {' '}
              <a href={href('meetings', item.postponed.carriedTo)}>{t('carriedToLink')}</a>
            </>
          )}
        </p>
      )}
      {item.corrections.map((c, i) => (
        <p key={i} data-testid="correction">
          <strong>{t('correctedLabel')}:</strong> {c.decision} <span class="muted">({c.reason})</span>
        </p>
      ))}
      {item.absent.length > 0 && (
        <p class="muted">
          {t('absentNames', {
            names: item.absent
              .map((p) => (letters.has(p) ? absentWithLetter(personName(p), letters.get(p)!) : personName(p)))
              .join(', '),
          })}
        </p>
      )}
      <AttachmentList item={item} filesPath={filesPath} />
    </>
  );
}

/** The cases an item may be about, from the council's own lists, as `kind:id` choices. */
export function useReferenceOptions(): [string, string][] {
  const { api, councilPath, t } = useApp();
  const lists = useAsync(
    () =>
      Promise.all([
        api.json<HearingListRow[]>(councilPath('/hearings')),
        api.json<ProposalListItem[]>(councilPath('/budget-proposals')),
        api.json<{ items: FollowUpListItem[] }>(councilPath('/follow-ups')).then((p) => p.items),
      ]),
    [api],
  );
  const [hearings = [], proposals = [], followUps = []] = lists.data ?? [];
  const option = (kind: AgendaReferenceKind, c: { id: string; title: string }): [string, string] => [
    `${kind}:${c.id}`,
    `${t(REFERENCE_PAGES[kind][0])}: ${c.title}`,
  ];
  return [
    ...hearings.map((h) => option('hearing', h)),
    ...proposals.map((p) => option('budget-proposal', p)),
    ...followUps.map((f) => option('follow-up', f)),
  ];
}

/** The secretary puts an item on the agenda until the minutes are approved (the decider's rule). */
export function AddAgendaItemPanel({
  write,
  options,
  meetings = [],
}: {
  write: MeetingWrite;
  options: [string, string][];
  /** The council's other meetings, for an item approving one's minutes (`minutesOf`). */
  meetings?: [string, string][];
}) {
  const { t } = useApp();
  const action = useAction();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [reference, setReference] = useState('');
  const [kind, setKind] = useState<AgendaItemKind | ''>('');
  const [open, setOpen] = useState(true);
  const [presenters, setPresenters] = useState<Row<'name' | 'organisation'>[]>([]);
  const [attachments, setAttachments] = useState<Row<'title' | 'documentId' | 'url'>[]>([]);
  const [minutesOf, setMinutesOf] = useState('');
  const field = (name: string) => ({
    id: `item-${name}`,
    value: fields[name] ?? '',
    onValue: (v: string) => setFields((f) => ({ ...f, [name]: v })),
  });
  const submit = async (e: Event) => {
    e.preventDefault();
    const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim()));
    const [refKind, ...id] = reference.split(':');
    const body = {
      ...given,
      ...(kind && { kind }),
      open,
      ...(filledRows(presenters).length && { presenters: filledRows(presenters) }),
      ...(filledRows(attachments).length && { attachments: filledRows(attachments) }),
      ...(reference && { refersTo: { kind: refKind, id: id.join(':') } }),
      ...(kind === 'previous-minutes-approval' && minutesOf && { minutesOf }),
    };
    await action.run(() => write('/agenda-items', body));
  };
  return (
    <details class="card">
      <summary>{t('addAgendaItem')}</summary>
      <form onSubmit={submit}>
        <Field label={t('itemTitle')} {...field('title')} />
        <Select
          id="item-kind"
          label={t('itemKindLabel')}
          value={kind}
          onValue={(k) => setKind(k as AgendaItemKind | '')}
          options={[
            ['', t('itemKindNone')],
            ...Object.entries(ITEM_KIND_WORDS).map(([k, w]): [string, string] => [k, t(w)]),
          ]}
        />
        {kind === 'previous-minutes-approval' && (
          <Select
            id="item-minutes-of"
            label={t('minutesOfLabel')}
            value={minutesOf}
            onValue={setMinutesOf}
            options={[['', t('minutesOfPrevious')], ...meetings]}
          />
        )}
        <label class="check">
          <input
            type="checkbox"
            checked={open}
            onChange={(e) => setOpen((e.target as HTMLInputElement).checked)}
          />{' '}
          {t('itemOpenLabel')}
        </label>
        <Field label={t('caseId')} {...field('caseId')} />
        <Field label={t('documentId')} {...field('documentId')} />
        <Select
          id="item-refers-to"
          label={t('refersTo')}
          value={reference}
          onValue={setReference}
          options={[['', t('refersToNone')], ...options]}
        />
        {SECTIONS.map((s) => (
          <TextArea key={s} label={t(SECTION_WORDS[s])} rows={3} {...field(s)} />
        ))}
        <RowsField
          id="presenter"
          legend={t('presentersLabel')}
          columns={[
            ['name', t('presenterName')],
            ['organisation', t('guestOrganisation')],
          ]}
          rows={presenters}
          onRows={setPresenters}
          add={t('addPresenter')}
        />
        <RowsField
          id="attachment"
          legend={t('attachmentsLabel')}
          columns={[
            ['title', t('attachmentTitle')],
            ['documentId', t('documentId')],
            ['url', t('attachmentUrl')],
          ]}
          rows={attachments}
          onRows={setAttachments}
          add={t('addAttachment')}
        />
        <button type="submit" class="primary" disabled={action.busy}>
          {t('addAgendaItem')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

/** After the meeting, each item's decision with the members absent from it (Fraværende). */
export function DecisionPanel({
  item,
  write,
  meetingAbsent = [],
}: {
  item: AgendaItem;
  write: MeetingWrite;
  /** Who the attendance records as absent: seed 003 lists them under every item, so they are ticked first. */
  meetingAbsent?: string[];
}) {
  const { t, council } = useApp();
  const action = useAction();
  const [decision, setDecision] = useState(item.decision ?? '');
  const [absent, setAbsent] = useState<string[]>(item.decision === null ? meetingAbsent : item.absent);
  const path = `/agenda-items/${encodeURIComponent(item.id)}/decision`;
  const submit = async (e: Event) => {
    e.preventDefault();
    await action.run(() => write(path, { decision, absent }));
  };
  // An orientation is recorded as taken note of, in the words the region's minutes use.
  const noted = item.kind !== null && ORIENTATIONS.includes(item.kind);
  return (
    <details class="card">
      <summary>{t('recordDecision')}</summary>
      <form onSubmit={submit}>
        <TextArea
          id={`decision-${item.id}`}
          label={t('decisionOn', { title: item.title })}
          value={decision}
          onValue={setDecision}
          rows={3}
        />
        <CheckList
          legend={t('absentMembers')}
          options={council.members.map((m) => [m.personId, `${m.name} (${m.organisation})`])}
          value={absent}
          onValue={setAbsent}
        />
        <button type="submit" class="primary" disabled={action.busy}>
          {t('recordDecision')}
        </button>
        {noted && (
          <>
            {' '}
            <button
              type="button"
              disabled={action.busy}
              onClick={() => void action.run(() => write(path, { decision: t('takenNoteText'), absent }))}
            >
              {t('recordTakenNote')}
            </button>
          </>
        )}
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

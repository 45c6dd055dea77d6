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
import { ActionStatus } from '../../ui/status';
import { useAction, useAsync } from '../../ui/use-async';

export interface MeetingWrite {
  /** `POST <meeting><path>`; the page reloads the meeting after it. */
  (path: string, body: object): Promise<unknown>;
}

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

/** One item as the minutes print it (seed 003): the case and document ids, each section, the decision. */
export function AgendaItemView({ item, references }: { item: AgendaItem; references: [string, string][] }) {
  const { t, personName } = useApp();
  const ref = item.refersTo && REFERENCE_PAGES[item.refersTo.kind];
  const refKey = item.refersTo && `${item.refersTo.kind}:${item.refersTo.id}`;
  // The case's title from the council's lists; its id while they load or if it is not in them.
  const refLabel = references.find(([value]) => value === refKey)?.[1];
  return (
    <>
      <h3>{item.title}</h3>
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
      {item.decision && (
        <p data-testid="decision">
          <strong>{t('decision')}:</strong> {item.decision}
        </p>
      )}
      {item.absent.length > 0 && (
        <p class="muted">{t('absentNames', { names: item.absent.map(personName).join(', ') })}</p>
      )}
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
export function AddAgendaItemPanel({ write, options }: { write: MeetingWrite; options: [string, string][] }) {
  const { t } = useApp();
  const action = useAction();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [reference, setReference] = useState('');
  const field = (name: string) => ({
    id: `item-${name}`,
    value: fields[name] ?? '',
    onValue: (v: string) => setFields((f) => ({ ...f, [name]: v })),
  });
  const submit = async (e: Event) => {
    e.preventDefault();
    const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim()));
    const [kind, ...id] = reference.split(':');
    const body = { ...given, ...(reference && { refersTo: { kind, id: id.join(':') } }) };
    await action.run(() => write('/agenda-items', body));
  };
  return (
    <details class="card">
      <summary>{t('addAgendaItem')}</summary>
      <form onSubmit={submit}>
        <Field label={t('itemTitle')} {...field('title')} />
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
        <button type="submit" class="primary" disabled={action.busy}>
          {t('addAgendaItem')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

/** After the meeting, each item's decision with the members absent from it (Fraværende). */
export function DecisionPanel({ item, write }: { item: AgendaItem; write: MeetingWrite }) {
  const { t, council } = useApp();
  const action = useAction();
  const [decision, setDecision] = useState(item.decision ?? '');
  const [absent, setAbsent] = useState<string[]>(item.absent);
  const submit = async (e: Event) => {
    e.preventDefault();
    const path = `/agenda-items/${encodeURIComponent(item.id)}/decision`;
    await action.run(() => write(path, { decision, absent }));
  };
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
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

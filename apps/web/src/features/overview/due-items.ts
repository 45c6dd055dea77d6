import {
  type BudgetCycle,
  type FollowUpListItem,
  type Hearing,
  type MeetingListRow,
  type ProposalListItem,
} from '../../api/api-types';
import type { MessageKey } from '../../i18n/dictionary';
import { word, type Translate } from '../../i18n/language';

export interface DueItem {
  /** Null for a statement on the council's own initiative that has no deadline (issue 18.4). */
  at: string | null;
  kind: 'hearing' | 'proposal' | 'followUp' | 'meeting';
  title: string;
  what: string;
  detail?: string;
  link: string;
  overdue: boolean;
}

const ms = (iso: string) => Date.parse(iso);

/** The hearing's next deadline that still matters, and who has not given input. */
export function hearingDue(h: Hearing, nowMs: number, t: Translate, name: (id: string) => string): DueItem {
  const missing = h.inputs.filter((i) => i.status === 'missing').map((i) => name(i.personId));
  let at = h.responseDeadline;
  let what: MessageKey = at === null ? 'dueNoDeadline' : 'dueResponseDeadline';
  if (
    (h.status === 'open' || h.status === 'drafting') &&
    h.inputDeadline !== null &&
    ms(h.inputDeadline) > nowMs
  ) {
    at = h.inputDeadline;
    what = 'dueInputDeadline';
  } else if (h.status === 'awaiting-approval' && h.approval && ms(h.approval.approvalDeadline) > nowMs) {
    at = h.approval.approvalDeadline;
    what = 'dueApproval';
  }
  const unanswered = (h.approval?.answers ?? [])
    .filter((a) => a.answer === 'pending')
    .map((a) => name(a.personId));
  const detail = [
    word(t, 'status', h.status),
    h.status === 'open' || h.status === 'drafting'
      ? missing.length
        ? t('missingInput', { names: missing.join(', ') })
        : t('allInputIn')
      : undefined,
    h.status === 'awaiting-approval' && unanswered.length
      ? t('missingApproval', { names: unanswered.join(', ') })
      : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  return {
    at,
    kind: 'hearing',
    title: h.title,
    what: t(what),
    detail,
    link: `hearings/${h.id}`,
    overdue: at !== null && ms(at) <= nowMs,
  };
}

/** A proposal against its cycle's calendar: a draft owes its submission, the rest the next meeting. */
export function proposalDue(
  p: ProposalListItem,
  cycle: BudgetCycle | undefined,
  nowMs: number,
  t: Translate,
): DueItem | undefined {
  if (!cycle || p.status === 'decided' || p.status === 'withdrawn') return undefined;
  const milestones = cycle.milestones.filter((m) => !p.committee || m.committee === p.committee);
  const base = {
    kind: 'proposal' as const,
    title: p.title,
    link: `proposals/${p.id}`,
    detail: word(t, 'status', p.status),
  };
  if (p.status === 'draft') {
    const next = milestones
      .filter((m) => m.submissionDeadline)
      .sort((a, b) => ms(a.submissionDeadline!) - ms(b.submissionDeadline!))
      .find((m) => ms(m.submissionDeadline!) > nowMs);
    const m = next ?? milestones.find((x) => x.submissionDeadline);
    if (!m?.submissionDeadline) return undefined;
    return {
      ...base,
      at: m.submissionDeadline,
      what: t('dueSubmission', { committee: m.committee }),
      overdue: ms(m.submissionDeadline) <= nowMs,
    };
  }
  const next = milestones.filter((m) => ms(m.date) > nowMs).sort((a, b) => ms(a.date) - ms(b.date))[0];
  if (!next) return undefined;
  return {
    ...base,
    at: next.date,
    what: t('dueMilestone', { milestone: word(t, 'milestone', next.kind), committee: next.committee }),
    overdue: false,
  };
}

export function followUpDue(f: FollowUpListItem, t: Translate, nowMs: number): DueItem[] {
  const base = { kind: 'followUp' as const, title: f.title, link: `follow-ups/${f.id}` };
  const items: DueItem[] = f.overdue.map((o) => ({
    ...base,
    at: o.dueAt,
    what: t('dueOverdue', { what: word(t, 'due', o.kind) }),
    overdue: true,
  }));
  if (f.nextDue && !f.overdue.some((o) => o.id === f.nextDue!.id))
    items.push({
      ...base,
      at: f.nextDue.dueAt,
      what: t('dueReport', { what: word(t, 'due', f.nextDue.kind) }),
      overdue: ms(f.nextDue.dueAt) <= nowMs,
    });
  return items;
}

export function nextMeetingDue(meetings: MeetingListRow[], nowMs: number, t: Translate): DueItem | undefined {
  // A cancelled meeting is not the next one, nor one whose date is still to follow.
  const dated = meetings.flatMap((m) =>
    m.startsAt !== null && !m.cancelled ? [{ ...m, startsAt: m.startsAt }] : [],
  );
  const next = dated.filter((m) => ms(m.startsAt) > nowMs).sort((a, b) => ms(a.startsAt) - ms(b.startsAt))[0];
  if (!next) return undefined;
  return {
    at: next.startsAt,
    kind: 'meeting',
    title: t('nextMeeting'),
    what: next.place ?? '',
    link: `meetings/${next.id}`,
    overdue: false,
  };
}

/** What has no deadline comes after everything that has one. */
export const bySoonest = (a: DueItem, b: DueItem) =>
  (a.at === null ? Infinity : ms(a.at)) - (b.at === null ? Infinity : ms(b.at)) || 0;

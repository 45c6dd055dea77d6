import type {
  BudgetCycle,
  FollowUpListItem,
  HearingListRow,
  MeetingListRow,
  ProposalListItem,
} from '../api/api-types';
import { useApp } from '../session/app-context';
import { useAsync } from './use-async';

/** Every case of the council the reader can choose or be told of, by its timeline kind. */
export interface CaseName {
  kind: string;
  id: string;
  /** The case's own name: a title, a meeting's date, a calendar's year. */
  name: string;
}

/**
 * The council's cases by name (issue 19: a timeline line names its case; a reminder says which
 * case it is about), read from the council's lists in parallel. Kinds are the timeline's and
 * the case pages' (`hearings`, `budget-proposals`, …); a case not (yet) in a list has no name.
 */
export function useCaseNames(): { names: CaseName[]; nameOf(kind: string, id: string): string | undefined } {
  const { api, councilPath, t, fmt, council, councilId } = useApp();
  const lists = useAsync(
    () =>
      Promise.all([
        api.json<HearingListRow[]>(councilPath('/hearings')),
        api.json<ProposalListItem[]>(councilPath('/budget-proposals')),
        api.json<{ items: FollowUpListItem[] }>(councilPath('/follow-ups')).then((p) => p.items),
        api.json<MeetingListRow[]>(councilPath('/meetings')),
        api.json<BudgetCycle[]>(councilPath('/budget-cycles')),
      ]),
    [api],
  );
  const [hearings = [], proposals = [], followUps = [], meetings = [], cycles = []] = lists.data ?? [];
  const names: CaseName[] = [
    ...hearings.map((h) => ({ kind: 'hearings', id: h.id, name: h.title })),
    ...proposals.map((p) => ({ kind: 'budget-proposals', id: p.id, name: p.title })),
    ...followUps.map((f) => ({ kind: 'follow-ups', id: f.id, name: f.title })),
    ...meetings.map((m) => ({
      kind: 'meetings',
      id: m.id,
      name: m.startsAt ? fmt.dateTime(m.startsAt) : t('meetingDateToFollow'),
    })),
    ...cycles.map((c) => ({ kind: 'budget-cycles', id: c.id, name: `${t('calendar')} ${c.year}` })),
    { kind: 'councils', id: councilId, name: council.name },
  ];
  const byKey = new Map(names.map((n) => [`${n.kind}/${n.id}`, n.name]));
  return { names, nameOf: (kind, id) => byKey.get(`${kind}/${id}`) };
}

/** A reminder's category (its stream's) as the timeline and the case pages name the kind. */
export const KIND_OF_CATEGORY: Record<string, string> = {
  hearing: 'hearings',
  'budget-proposal': 'budget-proposals',
  budgetProposal: 'budget-proposals',
  'budget-cycle': 'budget-cycles',
  budgetCycle: 'budget-cycles',
  'follow-up': 'follow-ups',
  followUp: 'follow-ups',
  meeting: 'meetings',
  council: 'councils',
};

import type { HearingListRow, Meeting, MeetingListRow, Proposal } from '../../api/api-types';
import { kindAndTitle } from '../../format/wording';
import { useApp } from '../../session/app-context';
import { useAsync } from '../../ui/use-async';

type DerivedFromLink = Proposal['derivedFrom'][number];

/** A link as a choice's value: `hearing:<id>` or `meeting-item:<meeting>:<item>` (ids hold no colon). */
export function linkKey(link: DerivedFromLink): string {
  return link.kind === 'hearing' ? `hearing:${link.id}` : `meeting-item:${link.id}:${link.itemId ?? ''}`;
}

export function linkOf(key: string): DerivedFromLink {
  const [kind, id, itemId] = key.split(':');
  return kind === 'hearing' ? { kind: 'hearing', id } : { kind: 'meeting-item', id, itemId };
}

/**
 * What a proposal may derive from (docs/domain.md: proposals grow out of hearings and out of what
 * a meeting discussed): the council's hearings, and every item on its meetings' agendas, read
 * from each meeting that has one.
 */
export function useDerivedFromOptions(): [string, string][] | undefined {
  const { api, councilPath, t, fmt } = useApp();
  const state = useAsync(async () => {
    const [hearings, meetings] = await Promise.all([
      api.json<HearingListRow[]>(councilPath('/hearings')),
      api.json<MeetingListRow[]>(councilPath('/meetings')),
    ]);
    const withItems = await Promise.all(
      meetings
        .filter((m) => m.agendaItems > 0)
        .map((m) => api.json<Meeting>(councilPath(`/meetings/${encodeURIComponent(m.id)}`))),
    );
    return { hearings, meetings: withItems };
  }, [api]);
  if (!state.data) return undefined;
  const hearing = t('kind.hearing');
  return [
    ...state.data.hearings.map((h): [string, string] => [
      linkKey({ kind: 'hearing', id: h.id }),
      kindAndTitle(hearing, h.title),
    ]),
    ...state.data.meetings.flatMap((m) =>
      m.agenda.map((item): [string, string] => [
        linkKey({ kind: 'meeting-item', id: m.id, itemId: item.id }),
        t('meetingItemOption', {
          when: m.startsAt ? fmt.date(m.startsAt) : t('meetingDateToFollow'),
          title: item.title,
        }),
      ]),
    ),
  ];
}

import type { AgendaItem, Meeting } from '../../api/api-types';
import type { MessageKey } from '../../i18n/dictionary';

export type MeetingKind = Meeting['kind'];
export type AgendaItemKind = NonNullable<AgendaItem['kind']>;

/** The kinds of meeting as the seeds name them (seed 001: extraordinary; 003: follow-up; 004: annual). */
export const MEETING_KIND_WORDS: Record<MeetingKind, MessageKey> = {
  ordinary: 'meetingOrdinary',
  extraordinary: 'meetingExtraordinary',
  annual: 'meetingKind.annual',
  'committee-dialogue': 'meetingKind.committee-dialogue',
  'follow-up': 'meetingKind.follow-up',
  joint: 'meetingKind.joint',
};

/**
 * The secretary adds these outside the plan; an extraordinary meeting is the chair's to call. A
 * joint meeting (seed 003 item 6) is arranged with other councils, each getting its own copy.
 */
export const ADDED_KINDS: MeetingKind[] = ['ordinary', 'annual', 'committee-dialogue', 'follow-up', 'joint'];

/**
 * The other councils' ids as the secretary types them: the API takes ids, and a secretary may read
 * no list of councils (`GET /councils` is the administrator's), so the form takes them as text.
 */
export function councilIds(typed: string): string[] {
  return typed
    .split(/[\s,;]+/)
    .map((id) => id.trim())
    .filter(Boolean);
}

/** The kinds of item the region's agendas have (seeds 000 and 003), in the order an agenda runs. */
export const ITEM_KIND_WORDS: Record<AgendaItemKind, MessageKey> = {
  'agenda-approval': 'itemKind.agenda-approval',
  'previous-minutes-approval': 'itemKind.previous-minutes-approval',
  'chair-orientation': 'itemKind.chair-orientation',
  'region-orientation': 'itemKind.region-orientation',
  'mutual-orientation': 'itemKind.mutual-orientation',
  discussion: 'itemKind.discussion',
  decision: 'itemKind.decision',
  'next-meeting': 'itemKind.next-meeting',
  'any-other-business': 'itemKind.any-other-business',
  'participation-approval': 'itemKind.participation-approval',
};

/** Items that inform rather than decide: the minutes record them as taken note of. */
export const ORIENTATIONS: AgendaItemKind[] = [
  'chair-orientation',
  'region-orientation',
  'mutual-orientation',
];

/**
 * The minutes' letter after an absent name (seed 003: "Lone Mortensen (V)", "Maja Roesen (F)"):
 * the API reads F as afbud and V as absent without notice, and sends the letter with each.
 */
export function absentWithLetter(name: string, letter: string): string {
  return `${name} (${letter})`;
}

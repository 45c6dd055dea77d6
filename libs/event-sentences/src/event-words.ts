import type { SentenceLanguage } from './sentence';

/**
 * The words the sentences name by a prefix and an API value (`deadline.input`, `role.chair`): the
 * API fills its sentences from here, and the pages' dictionary takes the same entries.
 */
export const EVENT_WORDS_DA = {
  'role.secretary': 'sekretær',
  'role.chair': 'formand',
  'role.member': 'medlem',
  'role.evaluator': 'evaluator',
  'role.admin': 'administrator',
  'deadline.input': 'Inputfrist',
  'deadline.approval': 'Frist for godkendelse',
  'deadline.response': 'Høringsfrist',
  'deadline.meeting': 'Rådsmøde',
  'deadline.minutes-approval': 'Godkendelse af referat',
  'deadline.status-report': 'Statusrapport',
  'deadline.milestone': 'Milepæl',
  'deadline.evaluation': 'Midtvejsevaluering',
  'deadline.submission': 'Afleveringsfrist',
  'milestone.first-discussion': 'Første drøftelse',
  'milestone.prioritisation': 'Prioritering',
  'milestone.final-approval': 'Endelig godkendelse',
  'milestone.negotiations': 'Budgetforhandlinger',
  'milestone.agreement': 'Budgetaftale',
  'outcome.adopted': 'vedtaget',
  'outcome.partly-adopted': 'delvist vedtaget',
  'outcome.rejected': 'afvist',
  'verdict.continue': 'fortsæt',
  'verdict.adjust': 'justér',
  'verdict.discontinue': 'stop',
} as const;

export type EventWordKey = keyof typeof EVENT_WORDS_DA;

export const EVENT_WORDS_EN: Record<EventWordKey, string> = {
  'role.secretary': 'secretary',
  'role.chair': 'chair',
  'role.member': 'member',
  'role.evaluator': 'evaluator',
  'role.admin': 'administrator',
  'deadline.input': 'Input deadline',
  'deadline.approval': 'Approval deadline',
  'deadline.response': 'Response deadline',
  'deadline.meeting': 'Council meeting',
  'deadline.minutes-approval': 'Approval of the minutes',
  'deadline.status-report': 'Status report',
  'deadline.milestone': 'Milestone',
  'deadline.evaluation': 'Mid-term evaluation',
  'deadline.submission': 'Submission deadline',
  'milestone.first-discussion': 'First discussion',
  'milestone.prioritisation': 'Prioritisation',
  'milestone.final-approval': 'Final approval',
  'milestone.negotiations': 'Negotiations',
  'milestone.agreement': 'Budget agreement',
  'outcome.adopted': 'adopted',
  'outcome.partly-adopted': 'partly adopted',
  'outcome.rejected': 'rejected',
  'verdict.continue': 'continue',
  'verdict.adjust': 'adjust',
  'verdict.discontinue': 'discontinue',
};

const EVENT_WORDS: Record<SentenceLanguage, Record<string, string>> = {
  da: EVENT_WORDS_DA,
  en: EVENT_WORDS_EN,
};

/** The word for `prefix.value` in the language, else the value itself (as the API sends it). */
export function eventWord(
  language: SentenceLanguage,
  prefix: string,
  value: string | null | undefined,
): string {
  if (!value) return '–';
  return EVENT_WORDS[language][`${prefix}.${value}`] ?? value;
}

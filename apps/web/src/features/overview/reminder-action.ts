import type { MessageKey } from '../../i18n/dictionary';

/**
 * What a reminder asks its reader to do, in words (issue 19: "a reminder card says what to do"),
 * by the kind of case, which of its deadlines, and the reader's role: the member is asked for
 * input and an answer, the chair for the final approval, the secretary to send and record. The
 * deadline's name is the case's (`milestone.<id>`: the part before the dot).
 */
export function reminderAction(kind: string, deadline: string, role: string): MessageKey {
  const name = deadline.split('.')[0];
  const byRole = ACTIONS[`${kind}:${name}`];
  if (!byRole) return 'reminderDo.other';
  return byRole[role] ?? byRole['*'] ?? 'reminderDo.other';
}

const ACTIONS: Record<string, Record<string, MessageKey>> = {
  'hearings:input': { secretary: 'reminderDo.hearingInputSecretary', '*': 'reminderDo.hearingInput' },
  'hearings:approval': {
    secretary: 'reminderDo.hearingApprovalSecretary',
    '*': 'reminderDo.hearingApproval',
  },
  'hearings:response': { chair: 'reminderDo.hearingResponseChair', '*': 'reminderDo.hearingResponse' },
  'follow-ups:status-report': { '*': 'reminderDo.statusReport' },
  'follow-ups:milestone': { '*': 'reminderDo.followUpMilestone' },
  'follow-ups:evaluation': { '*': 'reminderDo.followUpEvaluation' },
  'meetings:meeting': { '*': 'reminderDo.meeting' },
  'meetings:minutes-comments': { '*': 'reminderDo.minutesComments' },
  'meetings:minutes-approval': { '*': 'reminderDo.minutesApproval' },
  'meetings:action-point': { '*': 'reminderDo.actionPoint' },
  'councils:term-end': { '*': 'reminderDo.termEnd' },
  'councils:evaluation': { '*': 'reminderDo.councilEvaluation' },
  'councils:extraordinary-meeting': {
    chair: 'reminderDo.extraordinaryMeetingChair',
    '*': 'reminderDo.extraordinaryMeeting',
  },
  'budget-cycles:submission': { '*': 'reminderDo.submission' },
  'budget-cycles:milestone': { '*': 'reminderDo.committeeMeeting' },
};

import type { AggregateDescriptor, CaseKind } from '@app/kernel';
import { MEETING_CATEGORY } from '../common/stream-ids';
import type { MeetingCommand } from './meeting.commands';
import { meetingDeadlines } from './meeting.deadlines';
import { meetingDecider } from './meeting.decider';
import type { MeetingEvent, MeetingKind, MeetingReminderDeadline, ReferenceKind } from './meeting.events';
import type { MeetingState } from './meeting.state';
import { meetingView } from './meeting.view';
import { meetingEventsForReader, meetingForReader } from './closed-items.rules';

const KIND_OF_REFERENCE: Record<ReferenceKind, CaseKind> = {
  hearing: 'hearings',
  'budget-proposal': 'budget-proposals',
  'follow-up': 'follow-ups',
};

const KIND_TITLE: Record<MeetingKind, string> = {
  ordinary: 'Ordinary meeting',
  extraordinary: 'Extraordinary meeting',
  annual: 'Annual meeting',
  'committee-dialogue': 'Dialogue meeting with a committee',
  'follow-up': 'Follow-up meeting',
  joint: 'Joint meeting',
};

const REMINDED: Record<MeetingReminderDeadline, (d: { recipients: string[]; dueAt: string }) => string> = {
  meeting: (d) => `${d.recipients.length} members reminded of the meeting`,
  'action-point': (d) => `${d.recipients.join(', ')} reminded of an action point due ${d.dueAt}`,
  'minutes-comments': (d) =>
    `${d.recipients.length} members reminded to comment on the minutes by ${d.dueAt}`,
  'minutes-approval': () => 'Secretary reminded that the minutes are not approved',
};

/** A meeting, declared once: its reminders and minutes deadline; the council's dates are the council's. */
export const meetingDescriptor: AggregateDescriptor<MeetingCommand, MeetingEvent, MeetingState> = {
  category: MEETING_CATEGORY,
  kind: 'meetings',
  decider: meetingDecider,
  deadlines: { pending: meetingDeadlines, commands: ['IssueMeetingReminders'] },
  view: meetingView,
  viewForReader: (view, reader) => meetingForReader(view as ReturnType<typeof meetingView>, reader),
  eventsForReader: meetingEventsForReader,
  summary: (state) => ({
    title: `${state.kind === 'ordinary' ? 'Meeting' : KIND_TITLE[state.kind]} ${state.startsAt || '(date to follow)'}${state.place ? `, ${state.place}` : ''}`,
    status: state.cancelled ? 'cancelled' : state.minutesApprovedAt ? 'minutes approved' : 'scheduled',
    dates: { startsAt: state.startsAt || undefined, minutesApprovedAt: state.minutesApprovedAt },
  }),
  // An agenda item that treats a hearing, proposal or follow-up draws on that case.
  // So does an action point that serves one (seed 000 item 9).
  links: (state) =>
    [...state.agenda, ...state.actionPoints].flatMap((entry) =>
      entry.refersTo
        ? [
            {
              relation: 'drawsOn' as const,
              kind: KIND_OF_REFERENCE[entry.refersTo.kind],
              id: entry.refersTo.id,
              itemId: entry.itemId,
            },
          ]
        : [],
    ),
  describe(event) {
    switch (event.type) {
      case 'MeetingScheduled':
        return event.data.startsAt
          ? `${KIND_TITLE[event.data.kind]} scheduled for ${event.data.startsAt}`
          : `${KIND_TITLE[event.data.kind]} added, date and time to follow`;
      case 'MeetingMoved':
        return `Meeting moved: ${Object.entries(event.data)
          .map(([field, value]) => `${field} ${value}`)
          .join(', ')}`;
      case 'MeetingCancelled':
        return `Meeting cancelled: ${event.data.reason}`;
      case 'AttendanceRecorded':
        return `Attendance recorded: ${event.data.present.length} present, ${event.data.absent.length} absent, ${event.data.guests.length} guests`;
      case 'AgendaItemAdded':
        return `Agenda item "${event.data.title}" added`;
      case 'AgendaItemFileAttached':
        return `File "${event.data.file.name}" attached to item ${event.data.itemId} as "${event.data.title}"`;
      case 'AgendaItemPostponed':
        return `Item ${event.data.itemId} postponed${event.data.carriedTo ? ` to meeting ${event.data.carriedTo}` : ''}: ${event.data.reason}`;
      case 'PostponedItemCarried':
        return `Postponed item ${event.data.itemId} carried to meeting ${event.data.carriedTo}`;
      case 'MinutesCorrected':
        return `Minutes corrected on item ${event.data.itemId}: ${event.data.reason}`;
      case 'ActionPointAdded':
        return `Action point for ${event.data.owner}${event.data.dueAt ? ` by ${event.data.dueAt}` : ''}: ${event.data.text}`;
      case 'ActionPointCompleted':
        return `Action point ${event.data.actionPointId} done`;
      case 'ActionPointDropped':
        return `Action point ${event.data.actionPointId} dropped: ${event.data.reason}`;
      case 'AgendaReordered':
        return `Agenda reordered: ${event.data.itemIds.join(', ')}`;
      case 'AgendaItemDecided':
        return `Decision on item ${event.data.itemId}: ${event.data.decision}`;
      case 'MinutesApproved':
        return event.data.byMeeting
          ? `Minutes approved by meeting ${event.data.byMeeting.meetingId}`
          : 'Minutes approved';
      case 'MinutesCirculated':
        return `Draft minutes circulated for comments by ${event.data.commentsBy}`;
      case 'MinutesCommented':
        return `${event.data.by} commented on the draft minutes${event.data.late ? ' after the deadline' : ''}`;
      case 'RemindersIssued':
        return REMINDED[event.data.deadline](event.data);
    }
  },
};

import type { AgendaItem, MeetingEvent, MeetingKind } from './meeting.events';

export interface MeetingState {
  exists: boolean;
  meetingId: string;
  councilId: string;
  kind: MeetingKind;
  startsAt: string;
  place?: string;
  year?: number;
  calledBy?: string;
  reminderOffsets: string[];
  agenda: (AgendaItem & { decision?: string; absent?: string[] })[];
  minutesApprovedAt?: string;
  minutesApprovedBy?: string;
  /** Reminder ids already issued, so a job that fires twice reminds once. */
  remindersIssued: string[];
}

export const initialMeetingState: MeetingState = {
  exists: false,
  meetingId: '',
  councilId: '',
  kind: 'ordinary',
  startsAt: '',
  reminderOffsets: [],
  agenda: [],
  remindersIssued: [],
};

export function evolveMeeting(state: MeetingState, event: MeetingEvent): MeetingState {
  switch (event.type) {
    case 'MeetingScheduled': {
      const { meetingId, councilId, kind, startsAt, place, year, calledBy, reminderOffsets } = event.data;
      return {
        ...state,
        exists: true,
        meetingId,
        councilId,
        kind,
        startsAt,
        place,
        year,
        calledBy,
        reminderOffsets,
      };
    }
    case 'AgendaItemAdded':
      return { ...state, agenda: [...state.agenda, event.data] };
    case 'AgendaItemDecided':
      return {
        ...state,
        agenda: state.agenda.map((item) =>
          item.itemId === event.data.itemId
            ? { ...item, decision: event.data.decision, absent: event.data.absent }
            : item,
        ),
      };
    case 'MinutesApproved':
      return { ...state, minutesApprovedAt: event.data.approvedAt, minutesApprovedBy: event.data.approvedBy };
    case 'RemindersIssued':
      return { ...state, remindersIssued: [...state.remindersIssued, event.data.reminderId] };
  }
}

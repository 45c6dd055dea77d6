import type {
  AbsentPerson,
  ActionPointAdded,
  ActionPointCompleted,
  ActionPointDropped,
  AgendaItem,
  Guest,
  MeetingEvent,
  MeetingKind,
  MeetingScheduled,
  MinutesCirculated,
  MinutesCommented,
} from './meeting.events';

export interface MeetingState {
  exists: boolean;
  meetingId: string;
  councilId: string;
  kind: MeetingKind;
  /** Empty while the date is to follow. */
  startsAt: string;
  /** The first start the meeting had (scheduled, or dated later): its reminders keep their plain ids. */
  firstStartsAt?: string;
  endsAt?: string;
  place?: string;
  online?: string;
  committee?: string;
  purpose?: string;
  /** The other councils of a joint meeting; empty for a council's own meeting. */
  jointWith: string[];
  /** The council that arranged a joint meeting, on the other councils' copies. */
  hostedBy?: string;
  year?: number;
  calledBy?: string;
  cancelled?: { reason: string; cancelledBy: string; cancelledAt: string };
  attendance?: { present: string[]; absent: AbsentPerson[]; guests: Guest[] };
  reminderOffsets: string[];
  /** The meeting as first scheduled, so a retried scheduling after a move is still no change. */
  scheduled?: MeetingScheduled['data'];
  agenda: (AgendaItem & {
    decision?: string;
    absent?: string[];
    postponed?: { reason: string; carriedTo?: string };
    corrections?: { decision: string; reason: string; correctedBy: string }[];
  })[];
  minutesApprovedAt?: string;
  minutesApprovedBy?: string;
  minutesApprovedByMeeting?: { meetingId: string; itemId?: string };
  /** The draft's circulations, the latest last: its deadline is the one that applies. */
  circulations: MinutesCirculated['data'][];
  comments: MinutesCommented['data'][];
  actionPoints: (ActionPointAdded['data'] & {
    completed?: Omit<ActionPointCompleted['data'], 'actionPointId'>;
    dropped?: Omit<ActionPointDropped['data'], 'actionPointId'>;
  })[];
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
  jointWith: [],
  agenda: [],
  actionPoints: [],
  circulations: [],
  comments: [],
  remindersIssued: [],
};

export function evolveMeeting(state: MeetingState, event: MeetingEvent): MeetingState {
  switch (event.type) {
    case 'MeetingScheduled': {
      const d = event.data;
      const { meetingId, councilId, kind, place, year, calledBy, reminderOffsets } = d;
      return {
        ...state,
        exists: true,
        meetingId,
        councilId,
        kind,
        startsAt: d.startsAt ?? '',
        firstStartsAt: d.startsAt,
        endsAt: d.endsAt,
        place,
        online: d.online,
        committee: d.committee,
        purpose: d.purpose,
        jointWith: d.jointWith ?? [],
        hostedBy: d.hostedBy,
        year,
        calledBy,
        reminderOffsets,
        scheduled: d,
      };
    }
    case 'MeetingMoved':
      return { ...state, ...event.data, firstStartsAt: state.firstStartsAt ?? event.data.startsAt };
    case 'MeetingCancelled':
      return { ...state, cancelled: event.data };
    case 'AttendanceRecorded':
      return { ...state, attendance: event.data };
    case 'AgendaItemAdded':
      return { ...state, agenda: [...state.agenda, event.data] };
    case 'AgendaItemFileAttached': {
      const { itemId, title, file } = event.data;
      return {
        ...state,
        agenda: state.agenda.map((item) =>
          item.itemId === itemId
            ? { ...item, attachments: [...(item.attachments ?? []), { title, file }] }
            : item,
        ),
      };
    }
    case 'AgendaReordered': {
      const byId = new Map(state.agenda.map((item) => [item.itemId, item]));
      const agenda = event.data.itemIds.flatMap((id) => byId.get(id) ?? []);
      return { ...state, agenda };
    }
    case 'AgendaItemDecided':
      return {
        ...state,
        agenda: state.agenda.map((item) =>
          item.itemId === event.data.itemId
            ? { ...item, decision: event.data.decision, absent: event.data.absent }
            : item,
        ),
      };
    case 'AgendaItemPostponed': {
      const { itemId, ...postponed } = event.data;
      return {
        ...state,
        agenda: state.agenda.map((item) => (item.itemId === itemId ? { ...item, postponed } : item)),
      };
    }
    case 'PostponedItemCarried': {
      const { itemId, carriedTo } = event.data;
      return {
        ...state,
        agenda: state.agenda.map((item) =>
          item.itemId === itemId && item.postponed
            ? { ...item, postponed: { ...item.postponed, carriedTo } }
            : item,
        ),
      };
    }
    case 'ActionPointAdded':
      return { ...state, actionPoints: [...state.actionPoints, event.data] };
    case 'ActionPointCompleted': {
      const { actionPointId, ...completed } = event.data;
      return {
        ...state,
        actionPoints: state.actionPoints.map((p) =>
          p.actionPointId === actionPointId ? { ...p, completed } : p,
        ),
      };
    }
    case 'ActionPointDropped': {
      const { actionPointId, ...dropped } = event.data;
      return {
        ...state,
        actionPoints: state.actionPoints.map((p) =>
          p.actionPointId === actionPointId ? { ...p, dropped } : p,
        ),
      };
    }
    case 'MinutesCorrected': {
      const { itemId, decision, ...correction } = event.data;
      return {
        ...state,
        agenda: state.agenda.map((item) =>
          item.itemId === itemId
            ? {
                ...item,
                decision,
                corrections: [...(item.corrections ?? []), { decision, ...correction }],
              }
            : item,
        ),
      };
    }
    case 'MinutesApproved':
      return {
        ...state,
        minutesApprovedAt: event.data.approvedAt,
        minutesApprovedBy: event.data.approvedBy,
        ...(event.data.byMeeting && { minutesApprovedByMeeting: event.data.byMeeting }),
      };
    case 'MinutesCirculated':
      return { ...state, circulations: [...state.circulations, event.data] };
    case 'MinutesCommented':
      return { ...state, comments: [...state.comments, event.data] };
    case 'RemindersIssued':
      return { ...state, remindersIssued: [...state.remindersIssued, event.data.reminderId] };
  }
}

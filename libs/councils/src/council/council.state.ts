import type { CouncilEvent, MemberDetails, PlannedMeeting } from './council.events';

export const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';
export const DEFAULT_REMINDER_OFFSETS = ['P7D', 'P2D'];
/** Seed 001: "Udsatterådet holder fire ordinære møder årligt." */
export const ORDINARY_MEETINGS_PER_YEAR = 4;
/** Seed 001: "efter anmodning fra 3 af rådets medlemmer". */
export const REQUESTS_FOR_EXTRAORDINARY_MEETING = 3;

export interface MeetingPlan {
  year: number;
  meetings: PlannedMeeting[];
  expectedMeetings: number;
  fallsShortBy: number;
}

export interface CouncilState {
  exists: boolean;
  id: string;
  name: string;
  timeZone: string;
  reminderOffsets: string[];
  /** Current members only, in order of appointment. */
  members: MemberDetails[];
  /** Everyone ever appointed, so resigning twice is a repeat while an unknown person is not found. */
  everAppointed: string[];
  /** Appointments and elections made with a client-chosen id, for idempotent replays. */
  appointments: (MemberDetails & { appointmentId: string })[];
  elections: { electionId: string; personId: string }[];
  chairPersonId?: string;
  secretaries: { personId: string; name: string; email: string }[];
  plans: MeetingPlan[];
  /** Requests since the last extraordinary meeting was called. */
  pendingRequests: { personId: string; reason: string }[];
  extraordinaryMeetingRequired: boolean;
  extraordinaryMeetings: (PlannedMeeting & { calledBy: string })[];
  /** The region's decisions to continue the council (seed 003), in the order recorded. */
  continuations: { decidedBy: string; decidedOn: string; until: string }[];
  term?: { startsOn: string; endsOn: string; evaluationDueBy?: string };
  remindersIssued: string[];
}

export const initialCouncilState: CouncilState = {
  exists: false,
  id: '',
  name: '',
  timeZone: DEFAULT_TIME_ZONE,
  reminderOffsets: DEFAULT_REMINDER_OFFSETS,
  members: [],
  everAppointed: [],
  appointments: [],
  elections: [],
  secretaries: [],
  plans: [],
  pendingRequests: [],
  extraordinaryMeetingRequired: false,
  extraordinaryMeetings: [],
  continuations: [],
  remindersIssued: [],
};

export function evolveCouncil(state: CouncilState, event: CouncilEvent): CouncilState {
  switch (event.type) {
    case 'CouncilCreated':
      return { ...state, exists: true, id: event.data.councilId, ...pick(event.data) };
    case 'MemberAppointed': {
      const { replaces: _replaces, appointmentId, ...member } = event.data;
      const others = state.members.filter(
        (m) => m.organisation !== member.organisation && m.personId !== member.personId,
      );
      const everAppointed = state.everAppointed.includes(member.personId)
        ? state.everAppointed
        : [...state.everAppointed, member.personId];
      const appointments = appointmentId
        ? [...state.appointments, { ...member, appointmentId }]
        : state.appointments;
      return { ...state, members: [...others, member], everAppointed, appointments };
    }
    case 'MemberResigned':
      return { ...state, members: state.members.filter((m) => m.personId !== event.data.personId) };
    case 'ChairElected': {
      const { electionId, personId } = event.data;
      const elections = electionId ? [...state.elections, { electionId, personId }] : state.elections;
      return { ...state, chairPersonId: personId, elections };
    }
    case 'ChairVacated':
      return { ...state, chairPersonId: undefined };
    case 'RemindersIssued':
      return { ...state, remindersIssued: [...state.remindersIssued, event.data.reminderId] };
    case 'TermSet':
      return { ...state, term: event.data };
    case 'CouncilContinued':
      return { ...state, continuations: [...state.continuations, event.data] };
    case 'SecretaryAssigned':
      return {
        ...state,
        secretaries: [...state.secretaries.filter((s) => s.personId !== event.data.personId), event.data],
      };
    case 'MeetingPlanAdopted':
      return { ...state, plans: [...state.plans, event.data].sort((a, b) => a.year - b.year) };
    case 'ExtraordinaryMeetingRequested':
      return { ...state, pendingRequests: [...state.pendingRequests, event.data] };
    case 'ExtraordinaryMeetingRequired':
      return { ...state, extraordinaryMeetingRequired: true };
    case 'ExtraordinaryMeetingCalled': {
      const { answersRequestsOf: _answered, ...meeting } = event.data;
      return {
        ...state,
        pendingRequests: [],
        extraordinaryMeetingRequired: false,
        extraordinaryMeetings: [...state.extraordinaryMeetings, meeting],
      };
    }
  }
}

function pick(data: { name: string; timeZone: string; reminderOffsets: string[] }) {
  return { name: data.name, timeZone: data.timeZone, reminderOffsets: data.reminderOffsets };
}

export function memberOf(state: CouncilState, personId: string): MemberDetails | undefined {
  return state.members.find((m) => m.personId === personId);
}

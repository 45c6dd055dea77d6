import { shiftByDuration, startOfLocalDay } from '@app/kernel';
import type { CouncilEvent, MemberDetails, PlannedMeeting, Seat } from './council.events';

export const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';
export const DEFAULT_REMINDER_OFFSETS = ['P7D', 'P2D'];
/** Seed 001: "Udsatterådet holder fire ordinære møder årligt." The default; a council's terms may differ. */
export const ORDINARY_MEETINGS_PER_YEAR = 4;
/** Seed 001: "efter anmodning fra 3 af rådets medlemmer". */
export const REQUESTS_FOR_EXTRAORDINARY_MEETING = 3;
/**
 * Seed 001 obliges the chair to call the meeting but sets no time for it. The notice's due time
 * (`RemindersIssued.dueAt`, after which the mailer no longer sends it) is two weeks on: a notice
 * still worth mailing after an outage, not one mailed months later.
 */
export const REQUIRED_MEETING_NOTICE_FOR = 'P14D';

export interface MeetingPlan {
  year: number;
  meetings: PlannedMeeting[];
  expectedMeetings: number;
  fallsShortBy: number;
}

export interface PendingRequest {
  personId: string;
  reason: string;
  requestedAt?: string;
}

export interface CouncilState {
  exists: boolean;
  id: string;
  name: string;
  timeZone: string;
  reminderOffsets: string[];
  /** The council's own minimum of ordinary meetings a year (seed 001: four). */
  ordinaryMeetingsPerYear: number;
  /** How long a request for an extraordinary meeting stands; undefined: until a meeting is held. */
  requestsLapseAfter?: string;
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
  /** Requests since the last extraordinary meeting was called, of members still on the council. */
  pendingRequests: PendingRequest[];
  extraordinaryMeetingRequired: boolean;
  extraordinaryMeetings: (PlannedMeeting & { calledBy: string })[];
  /** The region's decisions to continue the council (seed 003), in the order recorded. */
  continuations: { decidedBy: string; decidedOn: string; until: string }[];
  /** The current term: its end moved by a continuation past it, or by the region's decision to end. */
  term?: { startsOn: string; endsOn: string; evaluationDueBy?: string };
  remindersIssued: string[];
  /** Declared seats by organisation (issue 18.2); a member's organisation need not be among them. */
  seats: Seat[];
  ended?: { decidedBy: string; decidedOn: string; endsOn: string };
  /** Issue 18.3: the councils this one succeeds, and the one that succeeded it. */
  succeeds: string[];
  succeedsFrom?: string;
  succeededBy?: { successorId: string; from: string };
}

export const initialCouncilState: CouncilState = {
  exists: false,
  id: '',
  name: '',
  timeZone: DEFAULT_TIME_ZONE,
  reminderOffsets: DEFAULT_REMINDER_OFFSETS,
  ordinaryMeetingsPerYear: ORDINARY_MEETINGS_PER_YEAR,
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
  seats: [],
  succeeds: [],
};

export function evolveCouncil(state: CouncilState, event: CouncilEvent): CouncilState {
  switch (event.type) {
    case 'CouncilCreated':
      return {
        ...state,
        exists: true,
        id: event.data.councilId,
        ...pick(event.data),
        ...terms(event.data),
        succeeds: event.data.succeeds ?? [],
        succeedsFrom: event.data.succeedsFrom,
      };
    case 'CouncilSucceeded':
      return { ...state, succeededBy: event.data };
    case 'SeatsSet':
      return { ...state, seats: event.data.seats };
    case 'CouncilEnded':
      // The region's decision fixes the last day, earlier or later than the term said.
      return {
        ...state,
        ended: event.data,
        ...(state.term && { term: { ...state.term, endsOn: event.data.endsOn } }),
      };
    case 'CouncilTermsSet':
      return { ...state, ...terms(event.data) };
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
      const members = [...others, member];
      return { ...state, members, everAppointed, appointments, pendingRequests: ofMembers(state, members) };
    }
    case 'MemberResigned': {
      const members = state.members.filter((m) => m.personId !== event.data.personId);
      return { ...state, members, pendingRequests: ofMembers(state, members) };
    }
    case 'ChairElected': {
      const { electionId, personId } = event.data;
      const elections = electionId ? [...state.elections, { electionId, personId }] : state.elections;
      return { ...state, chairPersonId: personId, elections };
    }
    case 'ChairVacated':
      return { ...state, chairPersonId: undefined };
    case 'RemindersIssued': {
      // The notice of a required extraordinary meeting is sent once, when it becomes required.
      const { reminderId } = event.data;
      if (reminderId === undefined) return state;
      return { ...state, remindersIssued: [...state.remindersIssued, reminderId] };
    }
    case 'TermSet':
      return { ...state, term: event.data };
    case 'CouncilContinued': {
      // Seed 003: a continuation past the term's end moves it; one within the term changes nothing.
      const { term } = state;
      const moved = term && event.data.until > term.endsOn ? { ...term, endsOn: event.data.until } : term;
      return { ...state, continuations: [...state.continuations, event.data], ...(moved && { term: moved }) };
    }
    case 'SecretaryAssigned':
      return {
        ...state,
        secretaries: [...state.secretaries.filter((s) => s.personId !== event.data.personId), event.data],
      };
    case 'MeetingPlanAdopted':
      return { ...state, plans: [...state.plans, event.data].sort((a, b) => a.year - b.year) };
    case 'ExtraordinaryMeetingRequested':
      return { ...state, pendingRequests: [...state.pendingRequests, event.data] };
    case 'ExtraordinaryMeetingRequestWithdrawn':
      return {
        ...state,
        pendingRequests: state.pendingRequests.filter((r) => r.personId !== event.data.personId),
      };
    case 'ExtraordinaryMeetingRequestsLapsed':
      return {
        ...state,
        pendingRequests: state.pendingRequests.filter((r) => !event.data.personIds.includes(r.personId)),
      };
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

function terms(data: { ordinaryMeetingsPerYear?: number; requestsLapseAfter?: string }) {
  return {
    ordinaryMeetingsPerYear: data.ordinaryMeetingsPerYear ?? ORDINARY_MEETINGS_PER_YEAR,
    requestsLapseAfter: data.requestsLapseAfter,
  };
}

/**
 * Seed 001: three of the council's members oblige a meeting, so a request counts only while its
 * maker sits on the council (issue 21.5: ole + nina, who then resigned, + bo is two, not three).
 */
function ofMembers(state: CouncilState, members: MemberDetails[]): PendingRequest[] {
  return state.pendingRequests.filter((r) => members.some((m) => m.personId === r.personId));
}

/** Every meeting the council has planned or called, with when it starts. */
export function councilMeetings(state: CouncilState): PlannedMeeting[] {
  return [...state.plans.flatMap((p) => p.meetings), ...state.extraordinaryMeetings];
}

/**
 * Which pending requests no longer stand at `now`, and why: a meeting of the council began after
 * the request was made (the matter could be raised there), or the council's period for a request
 * ran out. A request recorded without its time cannot be placed, and stands until a meeting is called.
 */
export function lapsedRequests(
  state: CouncilState,
  now: string,
): { personIds: string[]; reason: 'meeting-held' | 'period-passed'; meetingId?: string }[] {
  const at = Date.parse(now);
  const held = councilMeetings(state)
    .filter((m) => Date.parse(m.startsAt) <= at)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const byMeeting = new Map<string, string[]>();
  const byPeriod: string[] = [];
  for (const r of state.pendingRequests) {
    if (r.requestedAt === undefined) continue;
    const made = Date.parse(r.requestedAt);
    const meeting = held.find((m) => Date.parse(m.startsAt) > made);
    if (meeting) byMeeting.set(meeting.meetingId, [...(byMeeting.get(meeting.meetingId) ?? []), r.personId]);
    else if (
      state.requestsLapseAfter &&
      shiftByDuration(r.requestedAt, state.requestsLapseAfter).getTime() <= at
    )
      byPeriod.push(r.personId);
  }
  return [
    ...[...byMeeting].map(([meetingId, personIds]) => ({
      personIds,
      reason: 'meeting-held' as const,
      meetingId,
    })),
    ...(byPeriod.length ? [{ personIds: byPeriod, reason: 'period-passed' as const }] : []),
  ];
}

export function memberOf(state: CouncilState, personId: string): MemberDetails | undefined {
  return state.members.find((m) => m.personId === personId);
}

/** The seat's type of an organisation, when its seat is declared. */
export function seatTypeOf(state: CouncilState, organisation: string): Seat['type'] | undefined {
  return state.seats.find((s) => s.organisation === organisation)?.type;
}

/**
 * Issue 18.3: from the first day of its successor a council takes no new writes (it stays
 * readable). Why a write at `now` is refused, naming the successor, or `undefined` when it is not.
 */
export function succeededRefusal(state: CouncilState, now: string): string | undefined {
  const by = state.succeededBy;
  if (!by || startOfLocalDay(by.from, state.timeZone).getTime() > Date.parse(now)) return undefined;
  return `council ${state.id} was succeeded by council ${by.successorId} on ${by.from}; it takes no new writes`;
}

import type { DomainEvent } from '@app/kernel';

export interface MemberDetails {
  personId: string;
  name: string;
  organisation: string;
  email: string;
}

/**
 * Issue 18.2: what kind of seat an organisation holds. Seed 001 names ten organisations that each
 * appoint one member: user organisations, NGOs, professionals, and the region's own units (whose
 * members are employed by the region, so seed 000 advises against electing them chair).
 */
export const SEAT_TYPES = ['user-organisation', 'ngo', 'professional', 'region'] as const;
export type SeatType = (typeof SEAT_TYPES)[number];

export interface Seat {
  organisation: string;
  type: SeatType;
}

export interface PlannedMeeting {
  meetingId: string;
  startsAt: string;
  place?: string;
}

export type CouncilCreated = DomainEvent<
  'CouncilCreated',
  {
    councilId: string;
    name: string;
    timeZone: string;
    reminderOffsets: string[];
    /** Only when the terms differ from seed 001's defaults (four meetings, requests stand until a meeting). */
    ordinaryMeetingsPerYear?: number;
    requestsLapseAfter?: string;
    /** Issue 18.3: the councils this one succeeds, from `succeedsFrom` (a date of its calendar). */
    succeeds?: string[];
    succeedsFrom?: string;
  }
>;
/** Issue 18.3: recorded on each predecessor; from `from` it takes no new writes and stays readable. */
export type CouncilSucceeded = DomainEvent<'CouncilSucceeded', { successorId: string; from: string }>;
/** Issue 18.2: the council's seats by organisation with their type; a later list replaces it. */
export type SeatsSet = DomainEvent<'SeatsSet', { seats: Seat[] }>;
/** Issue 18.2: the region decided to end the council on `endsOn` (dates of the region's calendar). */
export type CouncilEnded = DomainEvent<
  'CouncilEnded',
  { decidedBy: string; decidedOn: string; endsOn: string }
>;
/** The council's terms of reference changed the settings the engine keeps. */
export type CouncilTermsSet = DomainEvent<
  'CouncilTermsSet',
  { ordinaryMeetingsPerYear: number; requestsLapseAfter?: string }
>;
/** `replaces`: seed 001 gives each organisation one seat and no substitutes, so a new appointee unseats the old. */
export type MemberAppointed = DomainEvent<
  'MemberAppointed',
  MemberDetails & { appointmentId?: string; replaces?: { personId: string; name: string } }
>;
export type MemberResigned = DomainEvent<'MemberResigned', { personId: string; organisation: string }>;
export type ChairElected = DomainEvent<
  'ChairElected',
  {
    personId: string;
    electionId?: string;
    previousChairPersonId?: string;
    /**
     * Seed 000: "formanden ikke bør vælges blandt de medlemmer, der er ansat i regionen". Advice,
     * not a rule: the election stands, and the record says it was made against the advice.
     */
    advice?: 'region-seat';
  }
>;
/** The chair's seat is empty until the members elect again (seed 000: Kira stepped down, Ivan was elected). */
export type ChairVacated = DomainEvent<
  'ChairVacated',
  { personId: string; reason: 'resigned' | 'replaced' | 'stepped-down' }
>;
/** Dates of the region's calendar (`2025-08-19`), read in the council's time zone. */
export type CouncilContinued = DomainEvent<
  'CouncilContinued',
  { decidedBy: string; decidedOn: string; until: string }
>;
/** The council's term (seed 001: two years), a later one replacing it; dates of the council's calendar. */
export type TermSet = DomainEvent<'TermSet', { startsOn: string; endsOn: string; evaluationDueBy?: string }>;
/** Seed 001: the secretariat is reminded before the term ends and before the evaluation is due. */
export type CouncilReminderDeadline = 'term-end' | 'evaluation';
/**
 * Same type name and fields as every aggregate's reminders (docs/conventions.md), so the notifications read
 * model mails it: the secretariat before the term's end and the evaluation, and the chair in office
 * when three members make an extraordinary meeting required (that notice has no `reminderId`).
 */
export type CouncilRemindersIssued = DomainEvent<
  'RemindersIssued',
  {
    deadline: CouncilReminderDeadline | 'extraordinary-meeting';
    reminderId?: string;
    dueAt: string;
    remindAt: string;
    recipients: string[];
    /** Issued after its time: its job was lost and rebuilt from the log. */
    late?: boolean;
  }
>;
export type SecretaryAssigned = DomainEvent<
  'SecretaryAssigned',
  { personId: string; name: string; email: string }
>;
/** Seed 001: four ordinary meetings a year; a shorter plan is kept, and says by how much it falls short. */
export type MeetingPlanAdopted = DomainEvent<
  'MeetingPlanAdopted',
  { year: number; meetings: PlannedMeeting[]; expectedMeetings: number; fallsShortBy: number }
>;
/** `requestedAt` (absent on requests recorded before it was) is when the request starts to stand. */
export type ExtraordinaryMeetingRequested = DomainEvent<
  'ExtraordinaryMeetingRequested',
  { personId: string; reason: string; requestedAt?: string }
>;
export type ExtraordinaryMeetingRequestWithdrawn = DomainEvent<
  'ExtraordinaryMeetingRequestWithdrawn',
  { personId: string }
>;
/**
 * Requests that no longer stand: a meeting of the council was held after they were made (the
 * matter could be raised there), or the period the council's terms give a request ran out.
 * A member's request also stops counting when she leaves the council (that follows from
 * `MemberResigned` or a `MemberAppointed` that replaces her, so it needs no event of its own).
 */
export type ExtraordinaryMeetingRequestsLapsed = DomainEvent<
  'ExtraordinaryMeetingRequestsLapsed',
  { personIds: string[]; reason: 'meeting-held' | 'period-passed'; meetingId?: string }
>;
/** Seed 001: a request from three of the members obliges the council to meet. */
export type ExtraordinaryMeetingRequired = DomainEvent<
  'ExtraordinaryMeetingRequired',
  { requestedBy: string[] }
>;
export type ExtraordinaryMeetingCalled = DomainEvent<
  'ExtraordinaryMeetingCalled',
  PlannedMeeting & { calledBy: string; answersRequestsOf: string[] }
>;

export type CouncilEvent =
  | CouncilCreated
  | CouncilTermsSet
  | CouncilSucceeded
  | SeatsSet
  | CouncilEnded
  | MemberAppointed
  | MemberResigned
  | ChairElected
  | ChairVacated
  | CouncilContinued
  | TermSet
  | CouncilRemindersIssued
  | SecretaryAssigned
  | MeetingPlanAdopted
  | ExtraordinaryMeetingRequested
  | ExtraordinaryMeetingRequestWithdrawn
  | ExtraordinaryMeetingRequestsLapsed
  | ExtraordinaryMeetingRequired
  | CouncilRemindersIssued
  | ExtraordinaryMeetingCalled;

import type { Command } from '@app/kernel';
import type { CouncilReminderDeadline, MemberDetails, PlannedMeeting, Seat } from './council.events';

/** The settings a council's own terms of reference fix (seed 001 for the defaults). */
export interface CouncilTerms {
  /** Seed 001: "fire ordinære møder årligt"; another council's terms may say otherwise. */
  ordinaryMeetingsPerYear?: number;
  /**
   * How long a request for an extraordinary meeting stands (ISO 8601 duration); none: until a
   * meeting. On `SetCouncilTerms`, `null` takes a period away again.
   */
  requestsLapseAfter?: string | null;
}

export type CreateCouncil = Command<
  'CreateCouncil',
  {
    councilId: string;
    name: string;
    timeZone?: string;
    reminderOffsets?: string[];
    succeeds?: string[];
    succeedsFrom?: string;
  } & CouncilTerms
>;
/** Issue 18.3: sent to each predecessor once its successor is created. */
export type RecordSuccession = Command<'RecordSuccession', { successorId: string; from: string }>;
/** Issue 18.2: the seats by organisation with their type; the whole list, replacing the last. */
export type SetSeats = Command<'SetSeats', { seats: Seat[] }>;
/** Issue 18.2: the region's decision to end the council. */
export type EndCouncil = Command<'EndCouncil', { decidedBy: string; decidedOn: string; endsOn: string }>;
export type SetCouncilTerms = Command<'SetCouncilTerms', CouncilTerms>;
/**
 * `appointmentId`/`electionId` are optional client-chosen ids: a replayed request carrying one
 * that is already recorded changes nothing, even after later events (a resignation) moved on.
 */
/**
 * `personId` may be left out (issue 19): the caller then passes `newPersonId`, an id it made, and
 * the decider uses it unless the appointment or the address shows the person is already known.
 * A given `personId` is always taken (imports and scripts name their own).
 */
export type AppointMember = Command<
  'AppointMember',
  Omit<MemberDetails, 'personId'> & { personId?: string; newPersonId?: string; appointmentId?: string }
>;
export type ResignMember = Command<'ResignMember', { personId: string }>;
export type ElectChair = Command<'ElectChair', { personId: string; electionId?: string }>;
export type AssignSecretary = Command<'AssignSecretary', { personId: string; name: string; email: string }>;
export type AdoptMeetingPlan = Command<'AdoptMeetingPlan', { year: number; meetings: PlannedMeeting[] }>;
export type RequestExtraordinaryMeeting = Command<'RequestExtraordinaryMeeting', { reason: string }>;
export type WithdrawExtraordinaryMeetingRequest = Command<
  'WithdrawExtraordinaryMeetingRequest',
  Record<string, never>
>;
export type CallExtraordinaryMeeting = Command<'CallExtraordinaryMeeting', PlannedMeeting>;

/** Seed 000: Kira steps down as chair and stays a member (she leaves the council by resigning). */
export type StepDownAsChair = Command<'StepDownAsChair', Record<string, never>>;
/** Seed 003: the regional council decided on 19 August 2025 to continue the council in 2026. */
export type ContinueCouncil = Command<
  'ContinueCouncil',
  { decidedBy: string; decidedOn: string; until: string }
>;

/** Seed 001: constituted for two years and evaluated before the term ends. Plain dates. */
export type SetTerm = Command<'SetTerm', { startsOn: string; endsOn: string; evaluationDueBy?: string }>;

/** Sent by the scheduler when a term reminder is due; recipients are the secretaries then. */
export type IssueCouncilReminders = Command<
  'IssueCouncilReminders',
  { deadline: CouncilReminderDeadline; reminderId: string; dueAt: string; remindAt: string; late?: boolean }
>;

export type CouncilCommand =
  | CreateCouncil
  | SetCouncilTerms
  | RecordSuccession
  | SetSeats
  | EndCouncil
  | AppointMember
  | ResignMember
  | ElectChair
  | AssignSecretary
  | AdoptMeetingPlan
  | RequestExtraordinaryMeeting
  | WithdrawExtraordinaryMeetingRequest
  | CallExtraordinaryMeeting
  | StepDownAsChair
  | ContinueCouncil
  | SetTerm
  | IssueCouncilReminders;

import type { Command } from '@app/kernel';
import type { MemberDetails, PlannedMeeting } from './council.events';

export type CreateCouncil = Command<
  'CreateCouncil',
  { councilId: string; name: string; timeZone?: string; reminderOffsets?: string[] }
>;
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
export type CallExtraordinaryMeeting = Command<'CallExtraordinaryMeeting', PlannedMeeting>;

export type CouncilCommand =
  | CreateCouncil
  | AppointMember
  | ResignMember
  | ElectChair
  | AssignSecretary
  | AdoptMeetingPlan
  | RequestExtraordinaryMeeting
  | CallExtraordinaryMeeting;

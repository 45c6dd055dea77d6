import type { Command } from '@app/kernel';
import type { CouncilReminderDeadline, MemberDetails, PlannedMeeting } from './council.events';

export type CreateCouncil = Command<
  'CreateCouncil',
  { councilId: string; name: string; timeZone?: string; reminderOffsets?: string[] }
>;
/**
 * `appointmentId`/`electionId` are optional client-chosen ids: a replayed request carrying one
 * that is already recorded changes nothing, even after later events (a resignation) moved on.
 */
export type AppointMember = Command<'AppointMember', MemberDetails & { appointmentId?: string }>;
export type ResignMember = Command<'ResignMember', { personId: string }>;
export type ElectChair = Command<'ElectChair', { personId: string; electionId?: string }>;
export type AssignSecretary = Command<'AssignSecretary', { personId: string; name: string; email: string }>;
export type AdoptMeetingPlan = Command<'AdoptMeetingPlan', { year: number; meetings: PlannedMeeting[] }>;
export type RequestExtraordinaryMeeting = Command<'RequestExtraordinaryMeeting', { reason: string }>;
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
  | AppointMember
  | ResignMember
  | ElectChair
  | AssignSecretary
  | AdoptMeetingPlan
  | RequestExtraordinaryMeeting
  | CallExtraordinaryMeeting
  | StepDownAsChair
  | ContinueCouncil
  | SetTerm
  | IssueCouncilReminders;

import type { CarryCaseIn, CarryCaseOver, Command } from '@app/kernel';
import type { HearingArrival, HearingDeadlineKind, HearingMaterial, HearingOrigin } from './hearing.events';
import type { OnBehalfFields } from './recorded-on-behalf';

/**
 * What the handler loads from the council before deciding, so the decider stays pure:
 * the calendar for working days, the default reminder offsets and who is invited and notified.
 */
export interface CouncilContext {
  timeZone: string;
  reminderOffsets: string[];
  memberIds: string[];
  chairPersonId?: string;
  secretaryIds: string[];
}

export type OpenHearing = Command<
  'OpenHearing',
  {
    hearingId: string;
    title: string;
    issuingBody: string;
    material?: HearingMaterial[];
    receivedAt?: string;
    /** Required unless the origin is `own-initiative`. */
    responseDeadline?: string;
    inputDeadline?: string;
    reminderOffsets?: string[];
    invited?: string[];
    origin?: HearingOrigin;
    recipient?: string;
    areas?: string[];
    /** Filled in by the bus handler from the council directory, never by the caller. */
    council?: CouncilContext;
  }
>;

/**
 * `occurredAt` (business time) travels in the metadata; `onBehalfOf`, `channel` and `meetingId`
 * are for the secretary only. A member who has given input already adds to it (seed 000's mail
 * round for "yderligere input").
 */
export type SubmitHearingInput = Command<'SubmitHearingInput', { text: string } & OnBehalfFields>;
export type ReviseHearingInput = Command<'ReviseHearingInput', { text: string }>;
export type WithdrawHearingInput = Command<'WithdrawHearingInput', Record<string, never>>;
export type DraftHearingResponse = Command<'DraftHearingResponse', { text: string; basedOn?: string[] }>;
/** `council` is filled in by the bus handler: approval is asked of the members of the day. */
export type RequestHearingApproval = Command<
  'RequestHearingApproval',
  { approvalDeadline: string; council?: CouncilContext }
>;
/** The secretary records an answer that came by mail, phone or at a meeting (seed 000). */
export type AnswerHearingApproval = Command<
  'AnswerHearingApproval',
  { approve: boolean; comment?: string } & OnBehalfFields
>;
/** `council` is filled in by the bus handler: the chair its record names now signs off, nobody else. */
export type SignOffHearingResponse = Command<'SignOffHearingResponse', { council?: CouncilContext }>;
export type SubmitHearingResponse = Command<
  'SubmitHearingResponse',
  { submittedAt?: string; recipient: string }
>;
export type DeclineHearing = Command<'DeclineHearing', { reason: string }>;
export type ExtendHearingDeadline = Command<'ExtendHearingDeadline', { responseDeadline: string }>;
/** `council` is filled in by the bus handler, so only the council's current members are invited. */
export type InviteHearingMembers = Command<
  'InviteHearingMembers',
  { personIds: string[]; council?: CouncilContext }
>;

/** Sent by the deadline jobs (actor SYSTEM_ACTOR); `dueAt` is the deadline the job was made for. */
export type IssueHearingReminders = Command<
  'IssueHearingReminders',
  {
    deadlineId: string;
    deadline: HearingDeadlineKind;
    dueAt: string;
    remindAt: string;
    /** The council's members when the job fires (added by the handler): who resigned since is not reminded. */
    currentMembers?: string[];
    /** The council when the job fires (added by the handler): the chair in office is reminded. */
    council?: CouncilContext;
    /** Set on a reminder that was missed and goes out after its time (the scheduler rebuilt it). */
    late?: boolean;
  }
>;
export type RecordInputDeadlinePassed = Command<'RecordInputDeadlinePassed', { dueAt: string }>;
export type RecordApprovalDeadlinePassed = Command<'RecordApprovalDeadlinePassed', { dueAt: string }>;
export type RecordHearingLapse = Command<'RecordHearingLapse', { dueAt: string }>;

export type HearingCommand =
  | OpenHearing
  | SubmitHearingInput
  | ReviseHearingInput
  | WithdrawHearingInput
  | DraftHearingResponse
  | RequestHearingApproval
  | AnswerHearingApproval
  | SignOffHearingResponse
  | SubmitHearingResponse
  | DeclineHearing
  | ExtendHearingDeadline
  | InviteHearingMembers
  | IssueHearingReminders
  | RecordInputDeadlinePassed
  | RecordApprovalDeadlinePassed
  | RecordHearingLapse
  | CarryCaseOver
  | CarryHearingIn;

/** Issue 18.3: `arrival` is added by the bus handler from the successor's record. */
export type CarryHearingIn = CarryCaseIn<HearingArrival>;

/** The command types hearing deadline jobs carry; a job of any other type is refused, not run. */
export const HEARING_SCHEDULED_COMMANDS: readonly string[] = [
  'IssueHearingReminders',
  'RecordInputDeadlinePassed',
  'RecordApprovalDeadlinePassed',
  'RecordHearingLapse',
];

import type { DomainEvent, CaseCarriedIn, CaseCarriedOver } from '@app/kernel';
import type { Channel } from './recorded-on-behalf';

/** A document the issuing body sent for the hearing (seed 000 item 9: the revised agreements). */
export interface HearingMaterial {
  title: string;
  url: string;
}

/** The three deadlines a hearing reminds people of. */
export type HearingDeadlineKind = 'input' | 'approval' | 'response';

export type HearingOpened = DomainEvent<
  'HearingOpened',
  {
    hearingId: string;
    /** The council the hearing belongs to, so a route under another council never finds it. */
    councilId?: string;
    title: string;
    issuingBody: string;
    material: HearingMaterial[];
    receivedAt: string;
    /**
     * The deadline the recipient set. Absent only on a statement on the council's own initiative
     * opened without one (issue 18.4: "no external deadline unless one is set").
     */
    responseDeadline?: string;
    /** Absent when there is no response deadline to count it from and the secretary gave none. */
    inputDeadline?: string;
    reminderOffsets: string[];
    /** Members asked for input and approval (default: the council's current members). */
    invited: string[];
    /** Who is reminded of the response deadline (issue 4: the secretary and the chair). */
    chairPersonId?: string;
    secretaries: string[];
    /** The council's time zone, so later working-day rules use the same calendar. */
    timeZone: string;
    /**
     * True when the secretary gave the input deadline; otherwise it was computed (two working days
     * before the response deadline) and is computed again when the response deadline moves.
     */
    inputDeadlineSetByHand?: boolean;
    /**
     * Issue 18.1: set when the hearing was entered after one of its deadlines had passed (a hearing
     * of last year typed in today). A deadline up to this time is history: nobody is reminded of it
     * and it does not pass or lapse the hearing at entry (docs/business-time.md).
     */
    enteredAt?: string;
    /** Issue 18.4: how the matter came to the council; absent on hearings opened before, a formal hearing. */
    origin?: HearingOrigin;
    /** For a statement on the council's own initiative: to whom it is addressed. */
    recipient?: string;
    /** Issue 18.4: the areas or municipalities the case concerns (seed 004: central Copenhagen). */
    areas?: string[];
  }
>;

/**
 * Issue 18.4 (seed 001: the council is involved "gerne forud for formelle høringsprocesser", may
 * meet the committees, and speaks on its own initiative): a formal hearing, involvement before
 * it, an invitation from a committee, or a statement the council makes unasked.
 */
export const HEARING_ORIGINS = [
  'formal-hearing',
  'early-involvement',
  'committee-invitation',
  'own-initiative',
] as const;
export type HearingOrigin = (typeof HEARING_ORIGINS)[number];

/**
 * A member's input, given by the member or recorded by the secretary on the member's behalf
 * (seed 000: input given at the meeting). `givenAt` is when it was given (the business time),
 * which decides whether it was late; the event's `recordedAt` says when it was written down.
 * A member who has input already and submits more adds to it (seed 000's mail round).
 */
export type HearingInputSubmitted = DomainEvent<
  'HearingInputSubmitted',
  {
    personId: string;
    text: string;
    givenAt: string;
    /** Server time of the recording, kept beside `givenAt` so both read back from the state. */
    recordedAt: string;
    late: boolean;
    recordedBy: string;
    /** How it reached the secretary, when she recorded it (meeting, mail, phone). */
    channel?: Channel;
    meetingId?: string;
  }
>;

export type HearingInputRevised = DomainEvent<
  'HearingInputRevised',
  { personId: string; text: string; givenAt: string; late: boolean }
>;

export type HearingInputWithdrawn = DomainEvent<
  'HearingInputWithdrawn',
  { personId: string; withdrawnAt: string }
>;

/** Each draft is a new version naming the inputs it draws on (the chain from input to response). */
export type HearingResponseDrafted = DomainEvent<
  'HearingResponseDrafted',
  { version: number; text: string; basedOn: string[] }
>;

export type HearingApprovalRequested = DomainEvent<
  'HearingApprovalRequested',
  { draftVersion: number; approvalDeadline: string; requestedFrom: string[] }
>;

/**
 * A member's approval of, or objection to, a draft; an objection is visible but not a veto.
 * Recorded by the secretary on the member's behalf (seed 000: approval collected by mail), it
 * also says who wrote it down, when the member gave it and how.
 */
export type HearingApprovalAnswered = DomainEvent<
  'HearingApprovalAnswered',
  {
    personId: string;
    draftVersion: number;
    approve: boolean;
    comment?: string;
    recordedBy?: string;
    givenAt?: string;
    channel?: Channel;
    meetingId?: string;
  }
>;

export type HearingResponseSignedOff = DomainEvent<
  'HearingResponseSignedOff',
  { draftVersion: number; signedOffBy: string; objections: string[] }
>;

/** The cross-lib name other features rely on for a hearing's submission (docs/conventions.md). */
export type HearingResponseSubmitted = DomainEvent<
  'HearingResponseSubmitted',
  { draftVersion: number; submittedAt: string; recipient: string }
>;

export type HearingDeclined = DomainEvent<'HearingDeclined', { reason: string; declinedAt: string }>;

export type HearingDeadlineExtended = DomainEvent<
  'HearingDeadlineExtended',
  {
    previousResponseDeadline: string;
    responseDeadline: string;
    /**
     * A computed input deadline still ahead is computed again from the new response deadline
     * (working days, Danish holidays); one the secretary set moves by the same span.
     */
    inputDeadline: string;
  }
>;

/**
 * Members asked for input after the hearing opened: a member appointed since (one seat per
 * organisation, so often a replacement) otherwise could neither give input nor be reminded.
 */
export type HearingMembersInvited = DomainEvent<'HearingMembersInvited', { personIds: string[] }>;

export type InputDeadlinePassed = DomainEvent<
  'InputDeadlinePassed',
  { inputDeadline: string; missing: string[] }
>;

export type ApprovalDeadlinePassed = DomainEvent<
  'ApprovalDeadlinePassed',
  { approvalDeadline: string; draftVersion: number; unanswered: string[] }
>;

export type HearingLapsed = DomainEvent<'HearingLapsed', { responseDeadline: string }>;

/** Same type name in every aggregate, so notifications can follow reminders of any kind. */
export type RemindersIssued = DomainEvent<
  'RemindersIssued',
  {
    deadline: HearingDeadlineKind;
    dueAt: string;
    remindAt: string;
    recipients: string[];
    /** Issued after its time: its job was lost and rebuilt from the log. */
    late?: boolean;
  }
>;

export type HearingEvent =
  | HearingOpened
  | HearingInputSubmitted
  | HearingInputRevised
  | HearingInputWithdrawn
  | HearingResponseDrafted
  | HearingApprovalRequested
  | HearingApprovalAnswered
  | HearingResponseSignedOff
  | HearingResponseSubmitted
  | HearingDeclined
  | HearingDeadlineExtended
  | HearingMembersInvited
  | InputDeadlinePassed
  | ApprovalDeadlinePassed
  | HearingLapsed
  | RemindersIssued
  | CaseCarriedOver
  | HearingCarriedIn;

/**
 * Issue 18.3: who takes part in a carried hearing is the successor's: its members are invited, its
 * chair signs off and its secretaries are notified (input already given keeps its authors).
 */
export interface HearingArrival {
  invited: string[];
  chairPersonId?: string;
  secretaries: string[];
}

export type HearingCarriedIn = CaseCarriedIn<HearingArrival>;

import type { DomainEvent } from '@app/kernel';

/**
 * Seed 001: four ordinary meetings a year and extraordinary ones the chair calls; besides them the
 * annual meeting or theme day (seed 004), a dialogue a regional committee invites the council to
 * ("foretræde"), a follow-up meeting and a joint meeting with other councils (seed 003 item 6).
 */
export const MEETING_KINDS = [
  'ordinary',
  'extraordinary',
  'annual',
  'committee-dialogue',
  'follow-up',
  'joint',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const REFERENCE_KINDS = ['hearing', 'budget-proposal', 'follow-up'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** The kinds of item the region's agendas have (seeds 000 and 003). */
export const AGENDA_ITEM_KINDS = [
  'agenda-approval',
  'previous-minutes-approval',
  'chair-orientation',
  'region-orientation',
  'mutual-orientation',
  'discussion',
  'decision',
  'next-meeting',
  'any-other-business',
  'participation-approval',
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export interface Presenter {
  name: string;
  organisation?: string;
}
/** An uploaded file, by reference: its bytes are stored once, under their SHA-256, outside the log. */
export interface AttachedFile {
  sha256: string;
  name: string;
  size: number;
  contentType: string;
}
/** Bilag: a title, and the region's Dok ID, a link where the document is, or an uploaded file. */
export interface Attachment {
  title: string;
  documentId?: string;
  url?: string;
  file?: AttachedFile;
}

/** The fields of an agenda item in the region's minutes (seed 003: Sags ID, Dok ID, Resumé, Indstilling …). */
export interface AgendaItem {
  itemId: string;
  title: string;
  kind?: AgendaItemKind;
  /** "(Åben)" in the minutes; a closed item is for the council only. */
  open?: boolean;
  presenters?: Presenter[];
  attachments?: Attachment[];
  /** An item postponed (udsat) at an earlier meeting and carried onto this one. */
  postponedFrom?: { meetingId: string; itemId: string };
  caseId?: string;
  documentId?: string;
  summary?: string;
  recommendation?: string;
  presentation?: string;
  economy?: string;
  previousDecisions?: string;
  refersTo?: { kind: ReferenceKind; id: string };
  /**
   * On an item approving the previous minutes: the meeting whose minutes it approves, when not
   * simply the council's meeting before this one.
   */
  minutesOf?: string;
}

export type MeetingReminderDeadline = 'meeting' | 'minutes-approval' | 'minutes-comments' | 'action-point';

export type MeetingScheduled = DomainEvent<
  'MeetingScheduled',
  {
    meetingId: string;
    councilId: string;
    kind: MeetingKind;
    /** Absent while the date is to follow ("Dato og tidspunkt følger", seed 003 item 6). */
    startsAt?: string;
    endsAt?: string;
    dateToFollow?: true;
    place?: string;
    /** The link of an online meeting. */
    online?: string;
    /** The regional committee of a dialogue meeting. */
    committee?: string;
    /**
     * What the meeting is for (issue 18.4): a dialogue meeting's subject, an annual meeting's or
     * theme day's theme (seed 004's annual meeting fed the budget).
     */
    purpose?: string;
    /**
     * A joint meeting (seed 003 item 6): the other councils at it. Each council keeps its own copy
     * of the meeting (its own stream, items, attendance and minutes); the copies name each other.
     */
    jointWith?: string[];
    /** On a council's copy of a joint meeting another council arranged: that council, which moves or cancels it. */
    hostedBy?: string;
    /** The plan year of an ordinary meeting. */
    year?: number;
    /** Who called an extraordinary meeting. */
    calledBy?: string;
    /** The council's reminder offsets when the meeting was scheduled, so its deadlines are its own. */
    reminderOffsets: string[];
  }
>;
export type AgendaItemAdded = DomainEvent<'AgendaItemAdded', AgendaItem>;
/** Cross-lib name (hearings, budget and follow-ups read it): the decision on an item and who was absent. */
export type AgendaItemDecided = DomainEvent<
  'AgendaItemDecided',
  { itemId: string; decision: string; absent: string[] }
>;
/** A file uploaded as an attachment (Bilag) of an item; the event names the file, not its bytes. */
export type AgendaItemFileAttached = DomainEvent<
  'AgendaItemFileAttached',
  { itemId: string; title: string; file: AttachedFile }
>;
/** Udsat: not dealt with at this meeting; carried onto the next meeting's agenda when there is one. */
export type AgendaItemPostponed = DomainEvent<
  'AgendaItemPostponed',
  { itemId: string; reason: string; carriedTo?: string }
>;
/**
 * A postponed item with no next meeting when it was postponed, carried onto the council's next
 * meeting once that was added or dated: where it went, recorded on the meeting it was postponed at.
 */
export type PostponedItemCarried = DomainEvent<'PostponedItemCarried', { itemId: string; carriedTo: string }>;
/** Approved minutes are frozen: a correction of a decision in them is its own event, with its reason. */
export type MinutesCorrected = DomainEvent<
  'MinutesCorrected',
  { itemId: string; decision: string; reason: string; correctedBy: string }
>;
/**
 * An action point from an item ("Anja sender en mail rundt …", seed 000 item 9): what, who owns it
 * (a member or a secretary of the council, or a named person from the region, issue 17), and by when.
 */
export type ActionPointAdded = DomainEvent<
  'ActionPointAdded',
  {
    actionPointId: string;
    itemId: string;
    text: string;
    /** A member's or secretary's person id; with `ownerNamed`, the name of someone not on the council. */
    owner: string;
    /** The owner is a person from the region given by name (not a council member); no one to look up. */
    ownerNamed?: true;
    /** The named owner's organisation, e.g. "Region Sjælland, Psykiatri og Social". */
    ownerOrganisation?: string;
    dueAt?: string;
    /** The case it serves (seed 000 item 9: the hearing whose response Anja collects by mail). */
    refersTo?: { kind: ReferenceKind; id: string };
  }
>;
/** Not to be done after all, with the reason; its reminders go with it. */
export type ActionPointDropped = DomainEvent<
  'ActionPointDropped',
  { actionPointId: string; reason: string; droppedBy: string; droppedAt: string }
>;
export type ActionPointCompleted = DomainEvent<
  'ActionPointCompleted',
  { actionPointId: string; completedBy: string; completedAt: string }
>;
/** The agenda in its new order (every item once), until the meeting begins. */
export type AgendaReordered = DomainEvent<'AgendaReordered', { itemIds: string[] }>;
/** A meeting moved or dated later: only the fields that changed, with their new values. */
export type MeetingMoved = DomainEvent<
  'MeetingMoved',
  { startsAt?: string; endsAt?: string; place?: string; online?: string }
>;
/** A cancelled meeting stays in the history, marked cancelled; its reminders are gone. */
export type MeetingCancelled = DomainEvent<
  'MeetingCancelled',
  { reason: string; cancelledBy: string; cancelledAt: string }
>;
export interface AbsentPerson {
  personId: string;
  /** Absent with notice (afbud), or without. */
  notice: boolean;
}
export interface Guest {
  name: string;
  organisation?: string;
  /** What they were there for, e.g. what they presented. */
  role?: string;
}
/** Who attended the meeting, as the minutes' header lists it; each recording replaces the last. */
export type AttendanceRecorded = DomainEvent<
  'AttendanceRecorded',
  { present: string[]; absent: AbsentPerson[]; guests: Guest[] }
>;
export type MinutesApproved = DomainEvent<
  'MinutesApproved',
  {
    approvedBy: string;
    approvedAt: string;
    /** Approved by the next meeting under its item "approval of the previous minutes". */
    byMeeting?: { meetingId: string; itemId?: string };
  }
>;
/**
 * The draft minutes sent to the members for comments by a date (the region's practice: comments
 * by a deadline, a reminder before it, then approval). Circulated again, the new deadline applies.
 */
export type MinutesCirculated = DomainEvent<
  'MinutesCirculated',
  { commentsBy: string; circulatedBy: string; circulatedAt: string }
>;
/** A member's comment on the circulated draft, kept with the minutes; `late` when after the deadline. */
export type MinutesCommented = DomainEvent<
  'MinutesCommented',
  { commentId: string; by: string; text: string; itemId?: string; at: string; late?: true }
>;
/** Same type name in every aggregate: evaluators see who was reminded of what, and when. */
export type RemindersIssued = DomainEvent<
  'RemindersIssued',
  {
    deadline: MeetingReminderDeadline;
    reminderId: string;
    dueAt: string;
    remindAt: string;
    recipients: string[];
    /** Issued after its time: its job was lost and rebuilt from the log. */
    late?: boolean;
  }
>;

export type MeetingEvent =
  | MeetingScheduled
  | MeetingMoved
  | MeetingCancelled
  | AttendanceRecorded
  | AgendaItemAdded
  | AgendaItemFileAttached
  | AgendaReordered
  | AgendaItemDecided
  | AgendaItemPostponed
  | PostponedItemCarried
  | ActionPointAdded
  | ActionPointCompleted
  | ActionPointDropped
  | MinutesCirculated
  | MinutesCommented
  | MinutesApproved
  | MinutesCorrected
  | RemindersIssued;

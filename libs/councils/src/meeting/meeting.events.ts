import type { DomainEvent } from '@app/kernel';

export type MeetingKind = 'ordinary' | 'extraordinary';
export type ReferenceKind = 'hearing' | 'budget-proposal' | 'follow-up';

/** The fields of an agenda item in the region's minutes (seed 003: Sags ID, Dok ID, Resumé, Indstilling …). */
export interface AgendaItem {
  itemId: string;
  title: string;
  caseId?: string;
  documentId?: string;
  summary?: string;
  recommendation?: string;
  presentation?: string;
  economy?: string;
  previousDecisions?: string;
  refersTo?: { kind: ReferenceKind; id: string };
}

export type MeetingReminderDeadline = 'meeting' | 'minutes-approval';

export type MeetingScheduled = DomainEvent<
  'MeetingScheduled',
  {
    meetingId: string;
    councilId: string;
    kind: MeetingKind;
    startsAt: string;
    place?: string;
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
export type MinutesApproved = DomainEvent<'MinutesApproved', { approvedBy: string; approvedAt: string }>;
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
  MeetingScheduled | AgendaItemAdded | AgendaItemDecided | MinutesApproved | RemindersIssued;

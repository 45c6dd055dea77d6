import type { Command } from '@app/kernel';
import type {
  ActionPointAdded,
  AgendaItem,
  AgendaItemFileAttached,
  AttendanceRecorded,
  MeetingMoved,
  MeetingReminderDeadline,
  MeetingScheduled,
} from './meeting.events';

export type ScheduleMeeting = Command<'ScheduleMeeting', MeetingScheduled['data']>;
/**
 * `arrangedBy` is set by the handler when the council that arranged a joint meeting moves or
 * cancels another council's copy (the command is that council's, as every write on its case is).
 */
export type MoveMeeting = Command<'MoveMeeting', MeetingMoved['data'] & { arrangedBy?: string }>;
export type CancelMeeting = Command<'CancelMeeting', { reason: string; arrangedBy?: string }>;
/** `members` is filled by the handler from the council, so only its members are recorded present or absent. */
export type RecordAttendance = Command<
  'RecordAttendance',
  AttendanceRecorded['data'] & { members?: string[] }
>;
export type AddAgendaItem = Command<'AddAgendaItem', AgendaItem>;
export type AttachFile = Command<'AttachFile', AgendaItemFileAttached['data']>;
export type PostponeAgendaItem = Command<
  'PostponeAgendaItem',
  { itemId: string; reason: string; carriedTo?: string }
>;
export type CarryPostponedItem = Command<'CarryPostponedItem', { itemId: string; carriedTo: string }>;
export type CorrectMinutes = Command<'CorrectMinutes', { itemId: string; decision: string; reason: string }>;
/**
 * The owner is a person (`owner`, a person id) or someone from the region given by name
 * (`ownerName`, optional `ownerOrganisation`), one of the two. `people` is filled by the handler:
 * the council's members and secretaries, who alone may own an action point by person id.
 */
export type AddActionPoint = Command<
  'AddActionPoint',
  Omit<ActionPointAdded['data'], 'owner' | 'ownerNamed'> & {
    owner?: string;
    ownerName?: string;
    people?: string[];
  }
>;
export type CompleteActionPoint = Command<'CompleteActionPoint', { actionPointId: string }>;
export type DropActionPoint = Command<'DropActionPoint', { actionPointId: string; reason: string }>;
export type ReorderAgenda = Command<'ReorderAgenda', { itemIds: string[] }>;
export type DecideAgendaItem = Command<
  'DecideAgendaItem',
  { itemId: string; decision: string; absent: string[] }
>;
/** What the handler reads of the meeting named as the one that approved the minutes. */
export interface ApprovingMeeting {
  startsAt: string;
  cancelled: boolean;
  itemIds: string[];
  /** The item that approves previous minutes on its agenda, when it has one. */
  approvalItemId?: string;
}
/**
 * `chairInOffice` is filled by the handler from the council, so a chair token of a former chair is
 * refused; `approvingMeeting` from the meeting `byMeeting` names (absent when it is not the
 * council's), so the decider can check it was held after this one.
 */
export type ApproveMinutes = Command<
  'ApproveMinutes',
  {
    chairInOffice?: string;
    byMeeting?: { meetingId: string; itemId?: string };
    approvingMeeting?: ApprovingMeeting;
  }
>;
export type CirculateMinutes = Command<'CirculateMinutes', { commentsBy: string }>;
export type CommentOnMinutes = Command<
  'CommentOnMinutes',
  { commentId: string; text: string; itemId?: string }
>;
/**
 * Sent by the scheduler when a meeting deadline fires. The handler fills `recipients` from the
 * council (members for the meeting, secretaries for the minutes); the decider keeps only
 * reminders that still apply.
 */
export type IssueMeetingReminders = Command<
  'IssueMeetingReminders',
  {
    deadline: MeetingReminderDeadline;
    reminderId: string;
    dueAt: string;
    remindAt: string;
    recipients?: string[];
    /** Set on a reminder that was missed and goes out after its time (the scheduler rebuilt it). */
    late?: boolean;
  }
>;

export type MeetingCommand =
  | ScheduleMeeting
  | MoveMeeting
  | CancelMeeting
  | RecordAttendance
  | AddAgendaItem
  | AttachFile
  | ReorderAgenda
  | DecideAgendaItem
  | PostponeAgendaItem
  | CarryPostponedItem
  | AddActionPoint
  | CompleteActionPoint
  | DropActionPoint
  | CirculateMinutes
  | CommentOnMinutes
  | ApproveMinutes
  | CorrectMinutes
  | IssueMeetingReminders;

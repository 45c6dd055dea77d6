import { type Documents, WriteAnswer } from '@app/access';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ATTACHMENT_TYPES } from '../../meeting/attachment-type';
import { AGENDA_ITEM_KINDS, type AgendaItemKind, MEETING_KINDS } from '../../meeting/meeting.events';
import type { meetingView } from '../../meeting/meeting.view';
import {
  ACTION_POINT_STATUSES,
  type ActionPointRow,
  type ActionPointStatus,
} from '../../read-model/action-point-list.projection';
import type { MeetingListRow } from '../../read-model/meeting-list.projection';

type MeetingBody = ReturnType<typeof meetingView> & {
  revision: number;
  otherCouncils: JointCouncilBody[];
};
type JointCouncilBody = Omit<JointCouncilResponse, 'agenda'> & { agenda: MeetingBody['agenda'] };
type Kind = MeetingListRow['kind'];
const KINDS: readonly Kind[] = MEETING_KINDS;

export class AgendaReferenceResponse {
  @ApiProperty({ enum: ['hearing', 'budget-proposal', 'follow-up'] })
  kind!: 'hearing' | 'budget-proposal' | 'follow-up';
  @ApiProperty() id!: string;
}

export class PresenterResponse {
  @ApiProperty() name!: string;
  @ApiProperty({ required: false }) organisation?: string;
}

/** An uploaded file, by reference; `GET …/attachments/:sha256` serves it. */
export class AttachedFileResponse {
  @ApiProperty({ description: 'SHA-256 of the bytes, in hex' }) sha256!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'Bytes' }) size!: number;
  @ApiProperty({ enum: Object.values(ATTACHMENT_TYPES) }) contentType!: string;
}

/** Bilag: the region's Dok ID, a link, or an uploaded file. */
export class AttachmentResponse {
  @ApiProperty() title!: string;
  @ApiProperty({ required: false }) documentId?: string;
  @ApiProperty({ required: false }) url?: string;
  @ApiProperty({ required: false, type: AttachedFileResponse }) file?: AttachedFileResponse;
}

export class PostponementResponse {
  @ApiProperty() reason!: string;
  @ApiProperty({ required: false, description: 'The meeting the item was carried onto' }) carriedTo?: string;
}

export class PostponedFromResponse {
  @ApiProperty() meetingId!: string;
  @ApiProperty() itemId!: string;
}

export class MinutesCorrectionResponse {
  @ApiProperty() decision!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() correctedBy!: string;
}

export class CancellationResponse {
  @ApiProperty() reason!: string;
  @ApiProperty() cancelledBy!: string;
  @ApiProperty({ format: 'date-time' }) cancelledAt!: string;
}

export class AbsentPersonResponse {
  @ApiProperty() personId!: string;
  @ApiProperty({ description: 'Absent with notice (afbud), or without' }) notice!: boolean;
  @ApiProperty({
    enum: ['F', 'V'],
    description: 'The letter the minutes print after the name: F with notice (afbud), V without',
  })
  letter!: 'F' | 'V';
}

export class GuestResponse {
  @ApiProperty() name!: string;
  @ApiProperty({ required: false }) organisation?: string;
  @ApiProperty({ required: false }) role?: string;
}

export class MeetingAttendanceResponse {
  @ApiProperty({ type: [String] }) present!: string[];
  @ApiProperty({ type: [AbsentPersonResponse] }) absent!: AbsentPersonResponse[];
  @ApiProperty({ type: [GuestResponse] }) guests!: GuestResponse[];
}

export class ActionPointDroppedResponse {
  @ApiProperty() reason!: string;
  @ApiProperty() droppedBy!: string;
  @ApiProperty({ format: 'date-time' }) droppedAt!: string;
}

export class MeetingActionPointResponse {
  @ApiProperty() id!: string;
  @ApiProperty() itemId!: string;
  @ApiProperty() text!: string;
  @ApiProperty({
    description:
      "A member's or secretary's person id, or with ownerNamed the name of a person from the region",
  })
  owner!: string;
  @ApiProperty({ description: 'The owner is a person from the region given by name, not on the council' })
  ownerNamed!: boolean;
  @ApiProperty({ type: String, nullable: true }) ownerOrganisation!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dueAt!: string | null;
  @ApiProperty({ type: AgendaReferenceResponse, nullable: true, description: 'The case it serves' })
  refersTo!: AgendaReferenceResponse | null;
  @ApiProperty({ enum: ACTION_POINT_STATUSES }) status!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: string | null;
  @ApiProperty({ type: ActionPointDroppedResponse, nullable: true })
  dropped!: ActionPointDroppedResponse | null;
}

/** One row of `GET …/action-points`. */
export class ActionPointListItemResponse {
  @ApiProperty() id!: string;
  @ApiProperty() meetingId!: string;
  @ApiProperty() itemId!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'A person id, or with ownerNamed the name of a person from the region' })
  owner!: string;
  @ApiProperty() ownerNamed!: boolean;
  @ApiProperty({ type: String, nullable: true }) ownerOrganisation!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dueAt!: string | null;
  @ApiProperty({ type: AgendaReferenceResponse, nullable: true, description: 'The case it serves' })
  refersTo!: AgendaReferenceResponse | null;
  @ApiProperty({ enum: ACTION_POINT_STATUSES }) status!: ActionPointStatus;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was dropped' })
  droppedReason!: string | null;
}

/** An item as the region's minutes have it (seed 003): case and document ids, and the sections. */
export class AgendaItemResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'Its number on the agenda, from 1' }) number!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: AGENDA_ITEM_KINDS, nullable: true }) kind!: AgendaItemKind | null;
  @ApiProperty({ description: '"(Åben)": a closed item is for the council only' }) open!: boolean;
  @ApiPropertyOptional({
    description:
      'A closed item read by someone outside the council (an evaluator): only its number, title and kind are shown ("Lukket punkt"); its text, decision, attachments and action points are withheld',
  })
  withheld?: boolean;
  @ApiProperty({ type: [PresenterResponse] }) presenters!: PresenterResponse[];
  @ApiProperty({ type: [AttachmentResponse] }) attachments!: AttachmentResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'The case id (Sags ID)' }) caseId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The document id (Dok ID)' })
  documentId!: string | null;
  @ApiProperty({ type: String, nullable: true }) summary!: string | null;
  @ApiProperty({ type: String, nullable: true }) recommendation!: string | null;
  @ApiProperty({ type: String, nullable: true }) presentation!: string | null;
  @ApiProperty({ type: String, nullable: true }) economy!: string | null;
  @ApiProperty({ type: String, nullable: true }) previousDecisions!: string | null;
  @ApiProperty({ type: AgendaReferenceResponse, nullable: true }) refersTo!: AgendaReferenceResponse | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'On an item approving the previous minutes: the meeting whose minutes it approves',
  })
  minutesOf!: string | null;
  @ApiProperty({ type: String, nullable: true }) decision!: string | null;
  @ApiProperty({ type: PostponementResponse, nullable: true }) postponed!: PostponementResponse | null;
  @ApiProperty({ type: PostponedFromResponse, nullable: true }) postponedFrom!: PostponedFromResponse | null;
  @ApiProperty({ type: [MinutesCorrectionResponse] }) corrections!: MinutesCorrectionResponse[];
  @ApiProperty({ type: [String], description: 'Members absent when the item was decided' }) absent!: string[];
}

export class ApprovedByMeetingResponse {
  @ApiProperty({ description: 'The meeting that approved the minutes' }) meetingId!: string;
  @ApiPropertyOptional({ description: 'Its item "approval of the previous minutes", when it had one' })
  itemId?: string;
}

export class MinutesCirculationResponse {
  @ApiProperty({ format: 'date-time', description: 'The deadline for comments' }) commentsBy!: string;
  @ApiProperty() circulatedBy!: string;
  @ApiProperty({ format: 'date-time' }) circulatedAt!: string;
}

export class MinutesCommentResponse {
  @ApiProperty() id!: string;
  @ApiProperty() by!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: String, nullable: true }) itemId!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ description: 'Made after the deadline for comments' }) late!: boolean;
}

export class MinutesResponse {
  @ApiProperty() approved!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) approvedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) approvedBy!: string | null;
  @ApiProperty({ type: ApprovedByMeetingResponse, nullable: true })
  approvedByMeeting!: ApprovedByMeetingResponse | null;
  @ApiProperty({ type: MinutesCirculationResponse, nullable: true, description: 'The latest circulation' })
  circulation!: MinutesCirculationResponse | null;
  @ApiProperty({ type: [MinutesCommentResponse] }) comments!: MinutesCommentResponse[];
}

/** Another council at a joint meeting, as this council reads its copy: its open items, its minutes' state. */
export class JointCouncilResponse {
  @ApiProperty() councilId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'The council that arranged the joint meeting' }) arranged!: boolean;
  @ApiProperty({
    type: [AgendaItemResponse],
    description: 'Its open items only, numbered on its own agenda; a closed item is for its own council',
  })
  agenda!: AgendaItemResponse[];
  @ApiProperty({ description: 'Its council has approved its minutes of the meeting' })
  minutesApproved!: boolean;
}

/** `GET …/meetings/:meetingId`. */
export class MeetingResponse {
  @ApiProperty() id!: string;
  @ApiProperty() councilId!: string;
  @ApiProperty({ enum: KINDS }) kind!: Kind;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Null while the date is to follow',
  })
  startsAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endsAt!: string | null;
  @ApiProperty() dateToFollow!: boolean;
  @ApiProperty({ type: String, nullable: true }) place!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The online link' }) online!: string | null;
  @ApiProperty({ type: String, nullable: true }) committee!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'What the meeting is for' }) purpose!:
    string | null;
  @ApiProperty({
    type: [String],
    description: 'A joint meeting: the other councils at it (empty for a meeting of this council alone)',
  })
  jointWith!: string[];
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'A joint meeting another council arranged: that council (it moves or cancels it); null when this council did',
  })
  hostedBy!: string | null;
  @ApiPropertyOptional({
    type: [JointCouncilResponse],
    description:
      "A joint meeting: each other council's open items and whether it has approved its minutes. Absent from an `?asOf=` answer: each council's copy is a case of its own, read as of a moment in that council",
  })
  otherCouncils?: JointCouncilResponse[];
  @ApiProperty({ type: CancellationResponse, nullable: true }) cancelled!: CancellationResponse | null;
  @ApiProperty({ type: MeetingAttendanceResponse }) attendance!: MeetingAttendanceResponse;
  @ApiProperty({ type: Number, nullable: true, description: "The plan's year, for an ordinary meeting" })
  year!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who called an extraordinary meeting' })
  calledBy!: string | null;
  @ApiProperty({ type: [AgendaItemResponse] }) agenda!: AgendaItemResponse[];
  @ApiProperty({ type: [MeetingActionPointResponse] }) actionPoints!: MeetingActionPointResponse[];
  @ApiProperty({ type: MinutesResponse }) minutes!: MinutesResponse;
  @ApiProperty({ description: "The meeting stream's revision (also the ETag)" }) revision!: number;
}

/** One row of `GET …/meetings`. */
export class MeetingListItemResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: KINDS }) kind!: Kind;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Null while the date is to follow',
  })
  startsAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endsAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) place!: string | null;
  @ApiProperty({ type: [String], description: 'A joint meeting: the other councils at it' })
  jointWith!: string[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'A joint meeting another council arranged: that council',
  })
  hostedBy!: string | null;
  @ApiProperty() cancelled!: boolean;
  @ApiProperty({ type: Number, nullable: true }) year!: number | null;
  @ApiProperty() agendaItems!: number;
  @ApiProperty() decidedItems!: number;
  @ApiProperty() minutesApproved!: boolean;
  @ApiProperty() revision!: number;
}

/** What the routes return is what these classes document (checked by `tsc`). */
export type MeetingResponseDocumentsView = Documents<MeetingResponse, MeetingBody>;
export type MeetingListItemResponseDocumentsView = Documents<MeetingListItemResponse, MeetingListRow>;
export type ActionPointListItemResponseDocumentsView = Documents<ActionPointListItemResponse, ActionPointRow>;

export class DocumentCouncilResponse {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

/** `GET …/agenda` and `…/minutes` as JSON: the meeting, named as which document, with its council. */
export class MeetingDocumentResponse extends MeetingResponse {
  @ApiProperty({ enum: ['agenda', 'minutes'] }) document!: 'agenda' | 'minutes';
  @ApiProperty({ type: DocumentCouncilResponse }) council!: DocumentCouncilResponse;
  @ApiProperty({
    type: [ActionPointListItemResponse],
    description: "The agenda only (empty on the minutes): earlier meetings' action points still open",
  })
  openActionPoints!: ActionPointListItemResponse[];
}

/** `POST …/postponement`: the write, and the meeting the item was carried onto (none yet: null). */
export class PostponementAnswer extends WriteAnswer {
  @ApiProperty({ type: String, nullable: true }) carriedTo!: string | null;
}

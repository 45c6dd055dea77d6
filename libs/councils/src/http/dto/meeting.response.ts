import type { Documents } from '@app/access';
import { ApiProperty } from '@nestjs/swagger';
import type { meetingView } from '../../meeting/meeting.view';
import type { MeetingListRow } from '../../read-model/meeting-list.projection';

type MeetingBody = ReturnType<typeof meetingView> & { revision: number };
type Kind = MeetingListRow['kind'];
const KINDS: Kind[] = ['ordinary', 'extraordinary'];

export class AgendaReferenceResponse {
  @ApiProperty({ enum: ['hearing', 'budget-proposal', 'follow-up'] })
  kind!: 'hearing' | 'budget-proposal' | 'follow-up';
  @ApiProperty() id!: string;
}

/** An item as the region's minutes have it (seed 003): case and document ids, and the sections. */
export class AgendaItemResponse {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The case id (Sags ID)' }) caseId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The document id (Dok ID)' })
  documentId!: string | null;
  @ApiProperty({ type: String, nullable: true }) summary!: string | null;
  @ApiProperty({ type: String, nullable: true }) recommendation!: string | null;
  @ApiProperty({ type: String, nullable: true }) presentation!: string | null;
  @ApiProperty({ type: String, nullable: true }) economy!: string | null;
  @ApiProperty({ type: String, nullable: true }) previousDecisions!: string | null;
  @ApiProperty({ type: AgendaReferenceResponse, nullable: true }) refersTo!: AgendaReferenceResponse | null;
  @ApiProperty({ type: String, nullable: true }) decision!: string | null;
  @ApiProperty({ type: [String], description: 'Members absent when the item was decided' }) absent!: string[];
}

export class MinutesResponse {
  @ApiProperty() approved!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) approvedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) approvedBy!: string | null;
}

/** `GET …/meetings/:meetingId`. */
export class MeetingResponse {
  @ApiProperty() id!: string;
  @ApiProperty() councilId!: string;
  @ApiProperty({ enum: KINDS }) kind!: Kind;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ type: String, nullable: true }) place!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: "The plan's year, for an ordinary meeting" })
  year!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who called an extraordinary meeting' })
  calledBy!: string | null;
  @ApiProperty({ type: [AgendaItemResponse] }) agenda!: AgendaItemResponse[];
  @ApiProperty({ type: MinutesResponse }) minutes!: MinutesResponse;
  @ApiProperty({ description: "The meeting stream's revision (also the ETag)" }) revision!: number;
}

/** One row of `GET …/meetings`. */
export class MeetingListItemResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: KINDS }) kind!: Kind;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ type: String, nullable: true }) place!: string | null;
  @ApiProperty({ type: Number, nullable: true }) year!: number | null;
  @ApiProperty() agendaItems!: number;
  @ApiProperty() decidedItems!: number;
  @ApiProperty() minutesApproved!: boolean;
  @ApiProperty() revision!: number;
}

/** What the routes return is what these classes document (checked by `tsc`). */
export type MeetingResponseDocumentsView = Documents<MeetingResponse, MeetingBody>;
export type MeetingListItemResponseDocumentsView = Documents<MeetingListItemResponse, MeetingListRow>;

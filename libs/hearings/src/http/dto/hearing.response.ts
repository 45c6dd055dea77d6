import { ApiCarriedFrom, ApiCarriedOverTo, CarriedFromResponse, type Documents } from '@app/access';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HEARING_STATUSES, type HearingStatus } from '../../domain/hearing.state';
import { HEARING_ORIGINS, type HearingOrigin } from '../../domain/hearing.events';
import type { hearingView, InputStatus } from '../../domain/hearing.view';
import type { HearingListRow } from '../../read-model/hearing-list.projection';

type HearingBody = Extract<ReturnType<typeof hearingView>, { status: unknown }> & { revision: number };

const INPUT_STATUSES: InputStatus[] = ['missing', 'given', 'late', 'withdrawn'];

export class HearingMaterialResponse {
  @ApiProperty() title!: string;
  @ApiProperty() url!: string;
}

export class HearingInputResponse {
  @ApiProperty() personId!: string;
  @ApiProperty({ enum: INPUT_STATUSES }) status!: InputStatus;
  @ApiPropertyOptional({ description: 'Absent while missing and once withdrawn' }) text?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the member gave it (business time)' })
  givenAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) recordedAt?: string;
  @ApiPropertyOptional() recordedBy?: string;
  @ApiPropertyOptional({ description: 'A secretary wrote it down for the member' }) onBehalf?: boolean;
  @ApiPropertyOptional({ description: 'The meeting the input was given at' }) meetingId?: string;
  @ApiPropertyOptional() revisions?: number;
}

export class HearingDraftResponse {
  @ApiProperty() version!: number;
  @ApiProperty() text!: string;
  @ApiProperty({ type: [String], description: 'The members whose input the draft builds on' })
  basedOn!: string[];
}

export class ApprovalAnswerResponse {
  @ApiProperty() personId!: string;
  @ApiProperty({ enum: ['pending', 'approved', 'objected'] }) answer!: 'pending' | 'approved' | 'objected';
  @ApiPropertyOptional() comment?: string;
}

export class ApprovalRoundResponse {
  @ApiProperty() draftVersion!: number;
  @ApiProperty({ format: 'date-time' }) approvalDeadline!: string;
  @ApiProperty() deadlinePassed!: boolean;
  @ApiProperty({ type: [ApprovalAnswerResponse] }) answers!: ApprovalAnswerResponse[];
}

export class SignOffResponse {
  @ApiProperty() draftVersion!: number;
  @ApiProperty() signedOffBy!: string;
  @ApiProperty({ type: [String], description: 'Members who objected to the signed draft' })
  objections!: string[];
}

export class SubmissionResponse {
  @ApiProperty() draftVersion!: number;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty() recipient!: string;
}

export class DeclinationResponse {
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) declinedAt!: string;
}

export class DeadlineExtensionResponse {
  @ApiProperty({ format: 'date-time' }) from!: string;
  @ApiProperty({ format: 'date-time' }) to!: string;
}

/** `GET …/hearings/:hearingId`. */
export class HearingResponse {
  @ApiProperty() id!: string;
  @ApiPropertyOptional() councilId?: string;
  @ApiProperty({ enum: HEARING_STATUSES }) status!: HearingStatus;
  @ApiProperty() title!: string;
  @ApiProperty() issuingBody!: string;
  @ApiProperty({ enum: HEARING_ORIGINS, description: 'How the matter came to the council (issue 18.4)' })
  origin!: HearingOrigin;
  @ApiPropertyOptional({ description: "To whom a statement on the council's own initiative goes" })
  recipient?: string;
  @ApiProperty({ type: [String], description: 'The areas or municipalities the case concerns' })
  areas!: string[];
  @ApiProperty({ type: [HearingMaterialResponse] }) material!: HearingMaterialResponse[];
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: "Null on a statement on the council's own initiative opened without a deadline",
  })
  responseDeadline!: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Null when there is no response deadline and none was given',
  })
  inputDeadline!: string | null;
  @ApiProperty() inputDeadlinePassed!: boolean;
  @ApiProperty({ type: [String] }) reminderOffsets!: string[];
  @ApiProperty({ type: [String], description: 'The members asked for input' }) invited!: string[];
  @ApiPropertyOptional() chairPersonId?: string;
  @ApiProperty({ type: [String] }) secretaries!: string[];
  @ApiProperty({ type: [HearingInputResponse] }) inputs!: HearingInputResponse[];
  @ApiProperty({ type: [HearingDraftResponse] }) drafts!: HearingDraftResponse[];
  @ApiPropertyOptional({ type: HearingDraftResponse }) currentDraft?: HearingDraftResponse;
  @ApiPropertyOptional({ type: ApprovalRoundResponse }) approval?: ApprovalRoundResponse;
  @ApiPropertyOptional({ type: SignOffResponse }) signOff?: SignOffResponse;
  @ApiPropertyOptional({ type: SubmissionResponse }) submission?: SubmissionResponse;
  @ApiPropertyOptional({ type: DeclinationResponse }) declination?: DeclinationResponse;
  @ApiPropertyOptional({ format: 'date-time' }) lapsedAt?: string;
  @ApiProperty({ type: [DeadlineExtensionResponse], description: 'Oldest first' })
  extensions!: DeadlineExtensionResponse[];
  @ApiPropertyOptional({
    description: 'Issue 18.3: the successor council it was carried over to; read-only here',
  })
  carriedOverTo?: string;
  @ApiPropertyOptional({
    type: CarriedFromResponse,
    description: 'Issue 18.3: the predecessor it was carried over from',
  })
  carriedFrom?: CarriedFromResponse;
  @ApiProperty({ description: "The hearing stream's revision (also the ETag)" }) revision!: number;
}

/** One row of `GET …/hearings`. */
export class HearingListItemResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true }) councilId!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() issuingBody!: string;
  @ApiProperty({ enum: HEARING_STATUSES }) status!: HearingStatus;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) responseDeadline!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) inputDeadline!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiCarriedOverTo() carriedOverTo!: string | null;
  @ApiCarriedFrom() carriedFrom!: string | null;
}

/** What the routes return is what these classes document (checked by `tsc`). */
export type HearingResponseDocumentsView = Documents<HearingResponse, HearingBody>;
export type HearingListItemResponseDocumentsView = Documents<HearingListItemResponse, HearingListRow>;

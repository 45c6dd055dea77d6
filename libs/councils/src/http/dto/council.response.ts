import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WriteAnswer, type Documents } from '@app/access';
import { SEAT_TYPES } from '../../council/council.events';
import type { councilView, meetingPlansView } from '../../council/council.view';

type CouncilBody = ReturnType<typeof councilView> & { revision: number };
type PlanBody = ReturnType<typeof meetingPlansView>[number];

export class CouncilMemberResponse {
  @ApiProperty() personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() organisation!: string;
  @ApiProperty() email!: string;
  @ApiProperty({
    enum: SEAT_TYPES,
    nullable: true,
    description: "The type of the organisation's seat; null while the seat is not declared",
  })
  seatType!: (typeof SEAT_TYPES)[number] | null;
}

export class PersonNameResponse {
  @ApiProperty() personId!: string;
  @ApiProperty() name!: string;
}

/** Issue 18.2: a seat of the council and who holds it. */
export class SeatResponse {
  @ApiProperty({ example: 'Reden København (KFUK)' }) organisation!: string;
  @ApiProperty({ enum: SEAT_TYPES, nullable: true, description: 'null: held, but never declared' })
  type!: (typeof SEAT_TYPES)[number] | null;
  @ApiProperty({ type: PersonNameResponse, nullable: true, description: 'null: the seat is vacant' })
  holder!: PersonNameResponse | null;
}

export class TermResponse {
  @ApiProperty({ example: '2024-01-01' }) startsOn!: string;
  @ApiProperty({
    example: '2025-12-31',
    description: 'Moved by a continuation past it or by an end decision',
  })
  endsOn!: string;
  @ApiPropertyOptional({ example: '2025-10-31' }) evaluationDueBy?: string;
}

export class RegionDecisionResponse {
  @ApiProperty({ example: 'Regionsrådet' }) decidedBy!: string;
  @ApiProperty({ example: '2025-08-19' }) decidedOn!: string;
}

export class ContinuationResponse extends RegionDecisionResponse {
  @ApiProperty({ example: '2026-12-31' }) until!: string;
}

export class CouncilEndResponse extends RegionDecisionResponse {
  @ApiProperty({ example: '2026-12-31', description: 'The last day of the council' }) endsOn!: string;
}

export class SuccessionResponse {
  @ApiProperty({ description: 'The council that succeeded this one' }) successorId!: string;
  @ApiProperty({ example: '2027-01-01', description: 'From this day the council takes no new writes' })
  from!: string;
}

/** The settings the council's terms of reference fix (`PUT …/terms`; seed 001's by default). */
export class CouncilTermsResponse {
  @ApiProperty({ example: 4, description: 'Minimum of ordinary meetings a year' })
  ordinaryMeetingsPerYear!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'P3M',
    description: 'How long a request for an extraordinary meeting stands; null: until a meeting is held',
  })
  requestsLapseAfter!: string | null;
}

export class SecretaryResponse {
  @ApiProperty() personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
}

export class ExtraordinaryMeetingResponse {
  @ApiProperty({ description: 'Three different members asked: the chair must call a meeting (seed 001)' })
  required!: boolean;

  @ApiProperty({ type: [String], description: 'Who asked since the last extraordinary meeting' })
  requestedBy!: string[];
}

/** `GET /councils/:councilId`. */
export class CouncilResponse {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'IANA time zone the council meets in', example: 'Europe/Copenhagen' })
  timeZone!: string;
  @ApiProperty({ type: [String], description: 'ISO 8601 durations before a deadline to remind at' })
  reminderOffsets!: string[];
  @ApiProperty({ type: [CouncilMemberResponse] }) members!: CouncilMemberResponse[];
  @ApiProperty({ type: PersonNameResponse, nullable: true }) chair!: PersonNameResponse | null;
  @ApiProperty({ type: [SecretaryResponse] }) secretaries!: SecretaryResponse[];
  @ApiProperty({ type: CouncilTermsResponse }) terms!: CouncilTermsResponse;
  @ApiProperty({ type: ExtraordinaryMeetingResponse }) extraordinaryMeeting!: ExtraordinaryMeetingResponse;
  @ApiProperty({ type: [SeatResponse], description: 'Every seat by organisation with its type and holder' })
  seats!: SeatResponse[];
  @ApiProperty({ type: [String], description: 'Declared seats nobody holds' }) vacancies!: string[];
  @ApiPropertyOptional({ type: TermResponse }) term?: TermResponse;
  @ApiPropertyOptional({ type: [ContinuationResponse] }) continuations?: ContinuationResponse[];
  @ApiPropertyOptional({ type: CouncilEndResponse, description: "The region's decision to end the council" })
  ended?: CouncilEndResponse;
  @ApiPropertyOptional({ type: [String], description: 'The councils this one succeeds' }) succeeds?: string[];
  @ApiPropertyOptional({ example: '2027-01-01' }) succeedsFrom?: string;
  @ApiPropertyOptional({ type: SuccessionResponse }) succeededBy?: SuccessionResponse;
  @ApiProperty({ description: "The council stream's revision (also the ETag)" }) revision!: number;
}

/** One row of the admin's `GET /councils`. */
export class CouncilListItemResponse {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() timeZone!: string;
  @ApiProperty() members!: number;
  @ApiProperty({ nullable: true, type: String, description: "The chair's name, if one is elected" })
  chair!: string | null;
  @ApiProperty() revision!: number;
}

export class PlannedMeetingResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiPropertyOptional() place?: string;
}

/** One adopted yearly plan (`GET /councils/:councilId/meeting-plan`). */
export class MeetingPlanResponse {
  @ApiProperty() year!: number;
  @ApiProperty({ type: [PlannedMeetingResponse] }) meetings!: PlannedMeetingResponse[];
  @ApiProperty({ description: 'Seed 001: four ordinary meetings a year' }) expectedMeetings!: number;
  @ApiProperty({ description: 'How many meetings short of the expected the plan is' }) fallsShortBy!: number;
}

export class AppointAnswer extends WriteAnswer {
  @ApiPropertyOptional({
    type: PersonNameResponse,
    description: "The member who held the organisation's seat and lost it (one seat per organisation)",
  })
  replaces?: PersonNameResponse;
}

export class ChairElectedAnswer extends WriteAnswer {
  @ApiPropertyOptional({
    description:
      'Advice the election went against (seed 000: not a member employed by the region); it still stands',
  })
  advice?: string;
}

export class AdoptPlanAnswer extends WriteAnswer {
  @ApiProperty({ type: [String], description: 'The meetings the plan scheduled' }) meetings!: string[];
  @ApiProperty() fallsShortBy!: number;
}

export class MeetingRequestAnswer extends WriteAnswer {
  @ApiProperty({ description: 'Whether the council must now hold an extraordinary meeting' })
  required!: boolean;
}

/** What the routes return is what these classes document (checked by `tsc`). */
export type CouncilResponseDocumentsView = Documents<CouncilResponse, CouncilBody>;
export type MeetingPlanResponseDocumentsView = Documents<MeetingPlanResponse, PlanBody>;

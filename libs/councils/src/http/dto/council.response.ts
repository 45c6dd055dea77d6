import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WriteAnswer, type Documents } from '@app/access';
import type { councilView, meetingPlansView } from '../../council/council.view';

type CouncilBody = ReturnType<typeof councilView> & { revision: number };
type PlanBody = ReturnType<typeof meetingPlansView>[number];

export class CouncilMemberResponse {
  @ApiProperty() personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() organisation!: string;
  @ApiProperty() email!: string;
}

export class PersonNameResponse {
  @ApiProperty() personId!: string;
  @ApiProperty() name!: string;
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
  @ApiProperty({ type: ExtraordinaryMeetingResponse }) extraordinaryMeeting!: ExtraordinaryMeetingResponse;
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

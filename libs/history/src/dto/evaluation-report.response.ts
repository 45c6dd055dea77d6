import type { Documents } from '@app/access';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMPARATORS, type Comparator } from '@app/follow-ups';
import type { EvaluationReport } from '../report/evaluation-report';

const COUNTS = { type: 'object', additionalProperties: { type: 'number' } } as const;

export class PeriodResponse {
  @ApiProperty({ format: 'date-time' }) from!: string;
  @ApiProperty({ format: 'date-time' }) to!: string;
}

export class MemberInputsResponse {
  @ApiProperty() personId!: string;
  @ApiProperty({ type: String, nullable: true }) organisation!: string | null;
  @ApiProperty() inputs!: number;
}

export class OrganisationInputsResponse {
  @ApiProperty() organisation!: string;
  @ApiProperty() inputs!: number;
}

export class InputFiguresResponse {
  @ApiProperty() total!: number;
  @ApiProperty() late!: number;
  @ApiProperty({ type: [MemberInputsResponse] }) byMember!: MemberInputsResponse[];
  @ApiProperty({ type: [OrganisationInputsResponse] }) byOrganisation!: OrganisationInputsResponse[];
}

export class HearingFiguresResponse {
  @ApiProperty() received!: number;
  @ApiProperty() answeredOnTime!: number;
  @ApiProperty() answeredLate!: number;
  @ApiProperty({
    description:
      "Statements on the council's own initiative answered that had no deadline: neither on time nor late",
  })
  answeredWithoutDeadline!: number;
  @ApiProperty() lapsed!: number;
  @ApiProperty() declined!: number;
  @ApiProperty() open!: number;
  @ApiProperty({ type: Number, nullable: true }) medianDaysToSubmit!: number | null;
  @ApiProperty({ type: InputFiguresResponse }) inputs!: InputFiguresResponse;
}

export class OutcomeCountsResponse {
  @ApiProperty() adopted!: number;
  @ApiProperty({ name: 'partly-adopted' }) 'partly-adopted'!: number;
  @ApiProperty() rejected!: number;
}

export class YearAmountResponse {
  @ApiProperty() year!: number;
  @ApiProperty() amount!: number;
}

export class BudgetFiguresResponse {
  @ApiProperty() submitted!: number;
  @ApiProperty() submittedBeforeDeadline!: number;
  @ApiProperty() submittedLate!: number;
  @ApiProperty() submittedWithoutDeadline!: number;
  @ApiProperty() submissionDeadlinesMissed!: number;
  @ApiProperty({ type: OutcomeCountsResponse }) decided!: OutcomeCountsResponse;
  @ApiProperty() withdrawn!: number;
  @ApiProperty({ type: [YearAmountResponse] }) grantedPerYear!: YearAmountResponse[];
}

export class VerdictCountsResponse {
  @ApiProperty() continue!: number;
  @ApiProperty() adjust!: number;
  @ApiProperty() discontinue!: number;
}

export class MilestoneCountsResponse {
  @ApiProperty() met!: number;
  @ApiProperty() missed!: number;
}

export class IndicatorFigureResponse {
  @ApiProperty() followUpId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() indicator!: string;
  @ApiProperty() unit!: string;
  @ApiProperty() target!: number;
  @ApiProperty({ type: Number, nullable: true }) latest!: number | null;
  @ApiProperty({ type: Number, nullable: true }) percentOfTarget!: number | null;
  @ApiProperty({ enum: COMPARATORS, description: 'Issue 18.6: at-least (the default), at-most or exactly' })
  comparator!: Comparator;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The period the target counts over (ISO 8601 duration); null: a level',
  })
  period!: string | null;
  @ApiProperty({ type: Number, nullable: true }) baseline!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      "With a period: the target pro rata at the latest value's date, as the progress view computes it",
  })
  expectedByNow!: number | null;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description:
      'The latest value against expectedByNow (or the target) by the comparator; null before any value',
  })
  onTrack!: boolean | null;
}

export class EvaluationCountResponse {
  @ApiProperty({ description: 'Evaluations of this kind dated in the period' }) recorded!: number;
  @ApiProperty({ type: VerdictCountsResponse, description: "The evaluations' own verdicts" })
  verdicts!: VerdictCountsResponse;
}

/** Issue 18.6: a follow-up's dated evaluations, per kind. */
export class EvaluationCountsResponse {
  @ApiProperty({ type: EvaluationCountResponse }) midway!: EvaluationCountResponse;
  @ApiProperty({ type: EvaluationCountResponse }) final!: EvaluationCountResponse;
  @ApiProperty({ type: EvaluationCountResponse }) extra!: EvaluationCountResponse;
  @ApiProperty({
    type: EvaluationCountResponse,
    description: 'The single evaluation of a follow-up recorded without a kind',
  })
  withoutKind!: EvaluationCountResponse;
}

export class FollowUpFiguresResponse {
  @ApiProperty() followed!: number;
  @ApiProperty() onSchedule!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty() concluded!: number;
  @ApiProperty({ type: VerdictCountsResponse }) verdicts!: VerdictCountsResponse;
  @ApiProperty({ type: MilestoneCountsResponse }) milestones!: MilestoneCountsResponse;
  @ApiProperty() statusReports!: number;
  @ApiProperty({ type: [IndicatorFigureResponse] }) indicators!: IndicatorFigureResponse[];
  @ApiProperty({ type: EvaluationCountsResponse }) evaluations!: EvaluationCountsResponse;
}

export class HeldMeetingsResponse {
  @ApiProperty() ordinary!: number;
  @ApiProperty() extraordinary!: number;
}

export class AttendanceResponse {
  @ApiProperty() meetingId!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty() members!: number;
  @ApiProperty({ type: [String] }) absent!: string[];
  @ApiProperty({ type: Number, nullable: true }) percentPresent!: number | null;
}

export class MeetingFiguresResponse {
  @ApiProperty() planned!: number;
  @ApiProperty({ type: HeldMeetingsResponse }) held!: HeldMeetingsResponse;
  @ApiProperty({ type: [AttendanceResponse] }) attendance!: AttendanceResponse[];
  @ApiProperty({ type: Number, nullable: true }) averagePercentPresent!: number | null;
}

export class ReminderFiguresResponse {
  @ApiProperty() issued!: number;
  @ApiProperty() recipients!: number;
  @ApiProperty(COUNTS) byKind!: Record<string, number>;
}

export class DeadlineFiguresResponse {
  @ApiProperty() missed!: number;
  @ApiProperty(COUNTS) byType!: Record<string, number>;
}

export class ContinuationFigureResponse {
  @ApiProperty({ example: 'Regionsrådet' }) decidedBy!: string;
  @ApiProperty({ example: '2025-08-19' }) decidedOn!: string;
  @ApiProperty({ example: '2026-12-31' }) until!: string;
}

export class EndFigureResponse {
  @ApiProperty({ example: 'Regionsrådet' }) decidedBy!: string;
  @ApiProperty({ example: '2026-06-23' }) decidedOn!: string;
  @ApiProperty({ example: '2026-12-31' }) endsOn!: string;
}

/** The region's decisions about the council in the period (seed 003, issue 18.2). */
export class CouncilFiguresResponse {
  @ApiProperty({ type: [ContinuationFigureResponse] }) continuations!: ContinuationFigureResponse[];
  @ApiProperty({ type: [EndFigureResponse] }) ends!: EndFigureResponse[];
}

export class LeadTimeResponse {
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Median days from received to the response deadline',
  })
  median!: number | null;
  @ApiProperty({ ...COUNTS, description: 'Hearings per band: under 7 days, 7-13, 14-27, 28 days or more' })
  distribution!: Record<string, number>;
}

export class EarlyInvolvementResponse {
  @ApiProperty() cases!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Per cent of formal hearings and early involvements',
  })
  percent!: number | null;
}

export class YearHearingsResponse {
  @ApiProperty() received!: number;
  @ApiProperty({
    ...COUNTS,
    description: 'formal-hearing, early-involvement, committee-invitation, own-initiative',
  })
  byOrigin!: Record<string, number>;
  @ApiProperty({ type: LeadTimeResponse }) leadTimeDays!: LeadTimeResponse;
  @ApiProperty() answeredOnTime!: number;
  @ApiProperty() answeredLate!: number;
  @ApiProperty({ type: EarlyInvolvementResponse }) involvedBeforeFormalHearing!: EarlyInvolvementResponse;
  @ApiProperty({ description: "Statements on the council's own initiative" }) ownInitiative!: number;
}

export class YearMeetingsResponse {
  @ApiProperty() planned!: number;
  @ApiProperty() held!: number;
  @ApiProperty({ description: "The council's minimum of ordinary meetings that year" }) minimum!: number;
  @ApiProperty({ description: 'Held minus planned' }) againstPlan!: number;
  @ApiProperty() shortOfMinimum!: number;
  @ApiProperty({ description: 'Dialogue meetings with the regional committees held in the year' })
  committeeDialogues!: number;
}

export class OwnInputGrantsResponse {
  @ApiProperty({
    description:
      "Proposals decided in the year with a grant, derived from the council's own input (a hearing, an own-initiative statement or an annual meeting's item, or merged from one)",
  })
  proposals!: number;
  @ApiProperty({ description: 'The sum of their grants (million DKK)' }) amount!: number;
}

export class YearActionPointsResponse {
  @ApiProperty() due!: number;
  @ApiProperty() doneByDue!: number;
}

export class MemberAttendanceResponse {
  @ApiProperty() personId!: string;
  @ApiProperty({ type: String, nullable: true }) organisation!: string | null;
  @ApiProperty() meetings!: number;
  @ApiProperty() present!: number;
  @ApiProperty({ type: Number, nullable: true }) percentPresent!: number | null;
}

export class OrganisationAttendanceResponse {
  @ApiProperty() organisation!: string;
  @ApiProperty() meetings!: number;
  @ApiProperty() present!: number;
  @ApiProperty({ type: Number, nullable: true }) percentPresent!: number | null;
}

export class AttendanceFiguresResponse {
  @ApiProperty({ type: [MemberAttendanceResponse] }) byMember!: MemberAttendanceResponse[];
  @ApiProperty({ type: [OrganisationAttendanceResponse] }) byOrganisation!: OrganisationAttendanceResponse[];
}

export class AreaCasesResponse {
  @ApiProperty() area!: string;
  @ApiProperty() cases!: number;
}

export class YearFiguresResponse {
  @ApiProperty() year!: number;
  @ApiProperty({ type: YearHearingsResponse }) hearings!: YearHearingsResponse;
  @ApiProperty({ type: YearMeetingsResponse }) meetings!: YearMeetingsResponse;
  @ApiProperty({ type: YearActionPointsResponse }) actionPoints!: YearActionPointsResponse;
  @ApiProperty({ type: OwnInputGrantsResponse }) ownInputGrants!: OwnInputGrantsResponse;
  @ApiProperty({
    type: AttendanceFiguresResponse,
    description: 'Attendance per member and organisation over the meetings held in the year',
  })
  attendance!: AttendanceFiguresResponse;
  @ApiProperty({
    type: [AreaCasesResponse],
    description:
      'Hearings received, budget proposals drafted and follow-ups created in the year, by the areas they concern',
  })
  casesByArea!: AreaCasesResponse[];
}

/** Issue 18.5: the figures of a term, per year of the council's calendar. */
export class PerYearFiguresResponse {
  @ApiProperty({ type: [YearFiguresResponse] }) years!: YearFiguresResponse[];
  @ApiProperty({ type: AttendanceFiguresResponse }) attendance!: AttendanceFiguresResponse;
  @ApiProperty({
    type: [AreaCasesResponse],
    description:
      'Hearings received, budget proposals drafted and follow-ups created in the period, by the areas they concern',
  })
  casesByArea!: AreaCasesResponse[];
}

/** `GET …/evaluation-report` as JSON (seed 004's figures; CSV and Markdown carry the same). */
export class EvaluationReportResponse {
  @ApiProperty() councilId!: string;
  @ApiPropertyOptional({
    type: [String],
    description: 'Issue 18.3: the predecessors whose history is included (?includePredecessors=true)',
  })
  includes?: string[];
  @ApiProperty({ type: PeriodResponse }) period!: PeriodResponse;
  @ApiProperty({ description: 'How many events the report was computed from' }) events!: number;
  @ApiProperty({ type: HearingFiguresResponse }) hearings!: HearingFiguresResponse;
  @ApiProperty({ type: BudgetFiguresResponse }) budgetProposals!: BudgetFiguresResponse;
  @ApiProperty({ type: FollowUpFiguresResponse }) followUps!: FollowUpFiguresResponse;
  @ApiProperty({ type: MeetingFiguresResponse }) meetings!: MeetingFiguresResponse;
  @ApiProperty({ type: ReminderFiguresResponse }) reminders!: ReminderFiguresResponse;
  @ApiProperty({ type: DeadlineFiguresResponse }) deadlines!: DeadlineFiguresResponse;
  @ApiProperty({ type: CouncilFiguresResponse }) council!: CouncilFiguresResponse;
  @ApiProperty({ type: PerYearFiguresResponse }) perYear!: PerYearFiguresResponse;
}

/** What the routes return is what these classes document (checked by `tsc`). */
export type EvaluationReportResponseDocumentsView = Documents<EvaluationReportResponse, EvaluationReport>;

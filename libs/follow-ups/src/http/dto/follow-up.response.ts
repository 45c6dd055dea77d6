import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ApiCarriedFrom,
  ApiCarriedOverTo,
  CarriedFromResponse,
  type Documents,
  WriteAnswer,
} from '@app/access';
import type { FollowUpDeadlineKind } from '../../domain/follow-up.events';
import {
  COMPARATORS,
  EVALUATION_KINDS,
  type EvaluationKind,
  IMPLEMENTS_KINDS,
  VERDICTS,
  type Comparator,
  type ImplementsKind,
  type Verdict,
} from '../../domain/follow-up.types';
import type { FollowUpStatus } from '../../domain/follow-up.view';
import type { FollowUpListItem } from '../../read-model/follow-up-list.query';

const STATUSES: FollowUpStatus[] = ['planned', 'in-progress', 'concluded'];
const DEADLINE_KINDS: FollowUpDeadlineKind[] = ['status-report', 'milestone', 'evaluation'];

export class ImplementsResponse {
  @ApiProperty({ enum: IMPLEMENTS_KINDS }) kind!: ImplementsKind;
  @ApiProperty({ description: 'The case (for a meeting item: the meeting)' }) id!: string;
  @ApiPropertyOptional({ description: 'The agenda item, when kind is meeting-item' }) itemId?: string;
}

export class ResponsibleResponse {
  @ApiProperty({ description: 'The unit that carries out the implementation' }) unit!: string;
  @ApiProperty({ description: 'The secretary reminded before each deadline' }) secretaryPersonId!: string;
}

export class FollowUpGrantResponse {
  @ApiProperty() year!: number;
  @ApiProperty() amount!: number;
}

export class DueResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: DEADLINE_KINDS }) kind!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiPropertyOptional() milestoneId?: string;
}

export class IndicatorProgressResponse {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() unit!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'The latest reported value' })
  latest!: number | null;
  @ApiProperty({ type: String, nullable: true }) latestAsOf!: string | null;
  @ApiProperty() target!: number;
  @ApiProperty({ enum: COMPARATORS }) comparator!: Comparator;
  @ApiProperty({ type: String, nullable: true, description: 'ISO 8601 duration the target counts over' })
  period!: string | null;
  @ApiProperty({ type: Number, nullable: true }) baseline!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'With a period: the target pro rata at the latest value’s date (150 a quarter into 600 a year)',
  })
  expectedByNow!: number | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Null before any value is reported' })
  onTrack!: boolean | null;
}

/** Derived, never typed (issue 6). */
export class ProgressResponse {
  @ApiProperty() phasesDone!: number;
  @ApiProperty() phasesTotal!: number;
  @ApiProperty() milestonesMet!: number;
  @ApiProperty() milestonesTotal!: number;
  @ApiProperty({ type: [IndicatorProgressResponse] }) indicators!: IndicatorProgressResponse[];
  @ApiProperty({ description: 'Nothing owed is past its time' }) onSchedule!: boolean;
}

export class PhaseResponse {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() plannedStart!: string;
  @ApiProperty({ type: String, nullable: true }) plannedEnd!: string | null;
  @ApiProperty({ type: String, nullable: true }) startedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) completedOn!: string | null;
}

export class FollowUpMilestoneResponse {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() due!: string;
  @ApiProperty({ enum: ['pending', 'overdue', 'met', 'missed'] }) status!:
    'pending' | 'overdue' | 'met' | 'missed';
  @ApiProperty({ type: String, nullable: true }) completedOn!: string | null;
}

export class IndicatorResponse {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() unit!: string;
  @ApiProperty() target!: number;
  @ApiPropertyOptional({ enum: COMPARATORS }) comparator?: Comparator;
  @ApiPropertyOptional({ example: 'P1Y' }) period?: string;
  @ApiPropertyOptional({ format: 'date-time' }) periodStartsOn?: string;
  @ApiPropertyOptional() baseline?: number;
}

export class IndicatorValueResponse {
  @ApiProperty() indicatorId!: string;
  @ApiProperty() value!: number;
}

export class StatusReportResponse {
  @ApiProperty() reportId!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() asOf!: string;
  @ApiProperty({ type: [IndicatorValueResponse] }) values!: IndicatorValueResponse[];
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
}

export class PlanDatePhaseResponse {
  @ApiProperty() id!: string;
  @ApiProperty() plannedStart!: string;
  @ApiPropertyOptional() plannedEnd?: string;
}

export class PlanDateMilestoneResponse {
  @ApiProperty() id!: string;
  @ApiProperty() due!: string;
}

/** The dates a plan revision may move; the names stay. */
export class PlanDatesResponse {
  @ApiProperty({ type: [PlanDatePhaseResponse] }) phases!: PlanDatePhaseResponse[];
  @ApiProperty({ type: [PlanDateMilestoneResponse] }) milestones!: PlanDateMilestoneResponse[];
  @ApiPropertyOptional() reportEvery?: string;
  @ApiPropertyOptional() evaluationDue?: string;
}

export class PlannedPhaseResponse {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() plannedStart!: string;
  @ApiPropertyOptional() plannedEnd?: string;
}

export class PlannedMilestoneResponse {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() due!: string;
}

export class PlanChangeResponse {
  @ApiProperty({ type: [PlannedPhaseResponse] }) phases!: PlannedPhaseResponse[];
  @ApiProperty({ type: [PlannedMilestoneResponse] }) milestones!: PlannedMilestoneResponse[];
}

/** `added` and `dropped` are absent on revisions that only moved dates (and on older ones). */
export class PlanRevisionResponse {
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) revisedAt!: string;
  @ApiProperty({ type: PlanDatesResponse }) plan!: PlanDatesResponse;
  @ApiProperty({ type: PlanDatesResponse }) previous!: PlanDatesResponse;
  @ApiPropertyOptional({ type: PlanChangeResponse }) added?: PlanChangeResponse;
  @ApiPropertyOptional({ type: PlanChangeResponse }) dropped?: PlanChangeResponse;
}

export class EvaluationResponse {
  @ApiProperty() summary!: string;
  @ApiProperty() evaluatedOn!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiPropertyOptional({ enum: EVALUATION_KINDS }) kind?: EvaluationKind;
  @ApiPropertyOptional({ enum: VERDICTS }) verdict?: Verdict;
}

export class VerdictResponse {
  @ApiProperty({ enum: VERDICTS }) verdict!: Verdict;
  @ApiProperty() reason!: string;
  @ApiProperty() givenOn!: string;
}

/** `GET …/follow-ups/:id`: the plan, what happened, and the progress derived from it. */
export class FollowUpResponse {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: STATUSES }) status!: FollowUpStatus;
  @ApiProperty({ type: ImplementsResponse }) implements!: ImplementsResponse;
  @ApiProperty({ type: ResponsibleResponse }) responsible!: ResponsibleResponse;
  @ApiProperty({ type: [FollowUpGrantResponse] }) grants!: FollowUpGrantResponse[];
  @ApiPropertyOptional({ type: ImplementsResponse, description: 'Where the grants were copied from' })
  grantsFrom?: ImplementsResponse;
  @ApiProperty({ type: [PhaseResponse] }) phases!: PhaseResponse[];
  @ApiProperty({ type: [FollowUpMilestoneResponse] }) milestones!: FollowUpMilestoneResponse[];
  @ApiProperty({ type: [IndicatorResponse] }) indicators!: IndicatorResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'ISO 8601 duration between status reports' })
  reportEvery!: string | null;
  @ApiProperty({ type: String, nullable: true }) evaluationDue!: string | null;
  @ApiProperty({ type: [String] }) reminderOffsets!: string[];
  @ApiProperty({ type: [String], description: 'The areas or municipalities the follow-up concerns' })
  areas!: string[];
  @ApiProperty({ type: [StatusReportResponse] }) reports!: StatusReportResponse[];
  @ApiProperty({ type: [PlanRevisionResponse], description: 'Oldest first; the old plan stays readable' })
  planRevisions!: PlanRevisionResponse[];
  @ApiProperty({ type: EvaluationResponse, nullable: true, description: 'The first evaluation' })
  evaluation!: EvaluationResponse | null;
  @ApiProperty({ type: [EvaluationResponse], description: 'Every evaluation, in the order recorded' })
  evaluations!: EvaluationResponse[];
  @ApiProperty({ type: VerdictResponse, nullable: true }) verdict!: VerdictResponse | null;
  @ApiProperty({ type: DueResponse, nullable: true, description: 'The earliest thing still owed' })
  nextDue!: DueResponse | null;
  @ApiProperty({ type: [DueResponse], description: 'Deadlines passed and still not met' })
  overdue!: DueResponse[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) createdAt!: string | null;
  @ApiProperty({ type: ProgressResponse }) progress!: ProgressResponse;
  @ApiPropertyOptional({
    description: 'Issue 18.3: the successor council it was carried over to; read-only here',
  })
  carriedOverTo?: string;
  @ApiPropertyOptional({
    type: CarriedFromResponse,
    description: 'Issue 18.3: the predecessor it was carried over from',
  })
  carriedFrom?: CarriedFromResponse;
  @ApiProperty({ description: "The follow-up stream's revision (also the ETag)" }) revision!: number;
}

export class FollowUpListItemResponse {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: STATUSES }) status!: string;
  @ApiProperty({ type: ImplementsResponse }) implements!: ImplementsResponse;
  @ApiProperty({ type: String, nullable: true, description: 'The responsible unit' }) responsible!:
    string | null;
  @ApiProperty({ type: [String], description: 'The areas or municipalities the follow-up concerns' })
  areas!: string[];
  @ApiProperty() revision!: number;
  @ApiProperty({ type: DueResponse, nullable: true }) nextDue!: DueResponse | null;
  @ApiProperty({ type: [DueResponse] }) overdue!: DueResponse[];
  @ApiProperty({ type: ProgressResponse }) progress!: ProgressResponse;
  @ApiCarriedOverTo() carriedOverTo!: string | null;
  @ApiCarriedFrom() carriedFrom!: string | null;
}

/** `GET …/follow-ups`. */
export class FollowUpListResponse {
  @ApiProperty({ type: [FollowUpListItemResponse] }) items!: FollowUpListItemResponse[];
}

export class StatusReportAnswer extends WriteAnswer {
  @ApiProperty({ description: 'The id of the recorded report' }) reportId!: string;
}

/** What the routes return is what these classes document (checked by `tsc`). */
export type FollowUpListItemResponseDocumentsView = Documents<FollowUpListItemResponse, FollowUpListItem>;

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsNumber, IsOptional } from 'class-validator';
import {
  EVALUATION_KINDS,
  VERDICTS,
  type EvaluationKind,
  type MilestoneOutcome,
  type Verdict,
} from '../../domain/follow-up.types';
import { FollowUpMilestoneDto, PhaseDto } from './create-follow-up.dto';
import { IsDuration, IsId, IsInstant, IsText } from '@app/kernel';
import { OptionalListOf } from './optional-list-of';
import { OccurredAtDto } from '@app/access';

/** The actual date of a phase's start or end; omitted, it is now. */
export class ActualDateDto {
  @ApiPropertyOptional({ example: '2025-07-01T00:00:00+02:00' })
  @IsOptional()
  @IsInstant()
  on?: string;
}

export class CompleteMilestoneDto extends ActualDateDto {
  @ApiProperty({ enum: ['met', 'missed'] })
  @IsIn(['met', 'missed'])
  outcome!: MilestoneOutcome;

  @ApiPropertyOptional()
  @IsOptional()
  @IsText(5000)
  note?: string;
}

export class IndicatorValueDto {
  @ApiProperty({ example: 'patients' })
  @IsId()
  indicatorId!: string;

  @ApiProperty({ example: 407 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;
}

/**
 * A low-effort report is one call: a summary, and any indicator values (issue 6). `occurredAt`
 * (issue 18.1) is when the report was made, if it is entered later: the report counts it then.
 */
export class SubmitStatusReportDto extends OccurredAtDto {
  @ApiPropertyOptional({
    description: 'Client-chosen id; a retried report with the same content is answered the same',
  })
  @IsOptional()
  @IsId()
  id?: string;

  @ApiProperty({ example: '407 patienter i IDD-behandling' })
  @IsText(20000)
  summary!: string;

  @ApiPropertyOptional({
    example: '2025-12-31T00:00:00+01:00',
    description: 'The date the values hold for; defaults to occurredAt, else now',
  })
  @IsOptional()
  @IsInstant()
  asOf?: string;

  @OptionalListOf(IndicatorValueDto, 50)
  values?: IndicatorValueDto[];
}

export class PhaseDatesDto {
  @ApiProperty()
  @IsId()
  id!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInstant()
  plannedStart?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInstant()
  plannedEnd?: string;
}

export class MilestoneDateDto {
  @ApiProperty()
  @IsId()
  id!: string;

  @ApiProperty()
  @IsInstant()
  due!: string;
}

/** New dates with a reason; the old plan stays in the history (issue 6). */
export class RevisePlanDto {
  @ApiProperty({ example: 'Fase 3 udskudt til september' })
  @IsText(5000)
  reason!: string;

  @OptionalListOf(PhaseDatesDto, 50)
  phases?: PhaseDatesDto[];

  @OptionalListOf(MilestoneDateDto, 200)
  milestones?: MilestoneDateDto[];

  @ApiPropertyOptional({ example: 'P6M' })
  @IsOptional()
  @IsDuration()
  reportEvery?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInstant()
  evaluationDue?: string;

  @OptionalListOf(PhaseDto, 50, 'New phases; ids default to phase-<n>')
  addPhases?: PhaseDto[];

  @OptionalListOf(FollowUpMilestoneDto, 200, 'New milestones; ids default to milestone-<n>')
  addMilestones?: FollowUpMilestoneDto[];

  @ApiPropertyOptional({ type: [String], description: 'Phases not yet started that the plan drops' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsId({ each: true })
  dropPhases?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Milestones not yet recorded that the plan drops' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsId({ each: true })
  dropMilestones?: string[];
}

export class RecordEvaluationDto {
  @ApiProperty({ example: 'Færre udeblivelser; patienterne føler sig trygge' })
  @IsText(20000)
  summary!: string;

  @ApiPropertyOptional({ description: 'When the evaluation was made; defaults to now' })
  @IsOptional()
  @IsInstant()
  evaluatedOn?: string;

  @ApiPropertyOptional({
    enum: EVALUATION_KINDS,
    description: 'Given, the follow-up takes several dated evaluations: midway, final (once), extra',
  })
  @IsOptional()
  @IsIn(EVALUATION_KINDS)
  kind?: EvaluationKind;

  @ApiPropertyOptional({ enum: VERDICTS, description: "This evaluation's verdict on the work so far" })
  @IsOptional()
  @IsIn(VERDICTS)
  verdict?: Verdict;
}

export class GiveVerdictDto extends ActualDateDto {
  @ApiProperty({ enum: VERDICTS })
  @IsIn(VERDICTS)
  verdict!: Verdict;

  @ApiProperty()
  @IsText(5000)
  reason!: string;
}

export class ListFollowUpsQueryDto {
  @ApiPropertyOptional({ enum: ['planned', 'in-progress', 'concluded'] })
  @IsOptional()
  @IsIn(['planned', 'in-progress', 'concluded'])
  status?: string;

  @ApiPropertyOptional({ enum: ['budget-proposal', 'hearing', 'meeting-item'] })
  @IsOptional()
  @IsIn(['budget-proposal', 'hearing', 'meeting-item'])
  implementsKind?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsId()
  implementsId?: string;

  @ApiPropertyOptional({ description: 'true: only follow-ups with a recorded, still unmet deadline' })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: string;
}

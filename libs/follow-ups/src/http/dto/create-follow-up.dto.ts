import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
// One shape for money granted per year, where it is decided and where it is followed (seed 002: million DKK, one decimal).
import { GrantDto } from '@app/budget';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  COMPARATORS,
  IMPLEMENTS_KINDS,
  type Comparator,
  type ImplementsKind,
} from '../../domain/follow-up.types';
import { IsDuration, IsId, IsInstant, IsText } from '@app/kernel';
import { OptionalListOf } from './optional-list-of';
import { OccurredAtDto } from '@app/access';

export class ImplementsDto {
  @ApiProperty({ enum: IMPLEMENTS_KINDS })
  @IsIn(IMPLEMENTS_KINDS)
  kind!: ImplementsKind;

  @ApiProperty({ description: 'The budget proposal, hearing or meeting id' })
  @IsId()
  id!: string;

  @ApiPropertyOptional({ description: 'The agenda item, required when kind is meeting-item' })
  @ValidateIf((o: ImplementsDto) => o.kind === 'meeting-item' || o.itemId !== undefined)
  @IsId()
  itemId?: string;
}

export class PhaseDto {
  @ApiPropertyOptional({ description: 'Defaults to phase-<n>' })
  @IsOptional()
  @IsId()
  id?: string;

  @ApiProperty({ example: 'Fase 2' })
  @IsText(500)
  name!: string;

  @ApiProperty({ example: '2025-07-01T00:00:00+02:00' })
  @IsInstant()
  plannedStart!: string;

  @ApiPropertyOptional({ example: '2026-07-01T00:00:00+02:00' })
  @IsOptional()
  @IsInstant()
  plannedEnd?: string;
}

export class FollowUpMilestoneDto {
  @ApiPropertyOptional({ description: 'Defaults to milestone-<n>' })
  @IsOptional()
  @IsId()
  id?: string;

  @ApiProperty()
  @IsText(500)
  name!: string;

  @ApiProperty({ example: '2026-03-01T00:00:00+01:00' })
  @IsInstant()
  due!: string;
}

export class IndicatorDto {
  @ApiPropertyOptional({ description: 'Defaults to indicator-<n>' })
  @IsOptional()
  @IsId()
  id?: string;

  @ApiProperty({ example: 'Brobygninger' })
  @IsText(500)
  name!: string;

  @ApiProperty({ example: 'bridgings per year' })
  @IsText(100)
  unit!: string;

  @ApiProperty({ example: 600 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  target!: number;

  @ApiPropertyOptional({
    enum: COMPARATORS,
    default: 'at-least',
    description: 'How a value meets the target',
  })
  @IsOptional()
  @IsIn(COMPARATORS)
  comparator?: Comparator;

  @ApiPropertyOptional({
    example: 'P1Y',
    description: 'The period the target counts over (600 a year); progress within it is shown pro rata',
  })
  @IsOptional()
  @IsDuration()
  period?: string;

  @ApiPropertyOptional({
    example: '2026-01-01T00:00:00+01:00',
    description: 'When the first period begins; default when the follow-up was created',
  })
  @IsOptional()
  @IsInstant()
  periodStartsOn?: string;

  @ApiPropertyOptional({ example: 350, description: 'Where the measure stood before the work began' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  baseline?: number;
}

/**
 * The body of a follow-up, without what it implements (the proposal route supplies that).
 * `occurredAt` (issue 18.1) is when the follow-up began, if it is entered later: no report or
 * step of it may be dated before then.
 */
export class FollowUpPlanDto extends OccurredAtDto {
  @ApiPropertyOptional({
    description: 'Client-chosen id; a retried creation with the same content is answered the same',
  })
  @IsOptional()
  @IsId()
  id?: string;

  @ApiProperty({ example: 'Integreret dobbeltdiagnosebehandling' })
  @IsText(500)
  title!: string;

  @ApiProperty({ description: 'The responsible unit', example: 'Psykiatrien' })
  @IsText(500)
  responsible!: string;

  @ApiPropertyOptional({ description: 'The secretary reminded before each deadline; defaults to the caller' })
  @IsOptional()
  @IsId()
  responsibleSecretaryId?: string;

  @OptionalListOf(GrantDto, 50, 'Omitted: copied from the proposal decision')
  grants?: GrantDto[];

  @ApiProperty({ type: [PhaseDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PhaseDto)
  phases!: PhaseDto[];

  @OptionalListOf(FollowUpMilestoneDto, 200)
  milestones?: FollowUpMilestoneDto[];

  @OptionalListOf(IndicatorDto, 50)
  indicators?: IndicatorDto[];

  @ApiPropertyOptional({ example: 'P3M', description: 'Reporting interval, ISO 8601 duration' })
  @IsOptional()
  @IsDuration()
  reportEvery?: string;

  @ApiPropertyOptional({ example: '2026-10-01T00:00:00+02:00', description: 'Mid-term evaluation due' })
  @IsOptional()
  @IsInstant()
  evaluationDue?: string;

  @ApiPropertyOptional({ example: ['P7D', 'P1D'], description: 'Reminders this long before each deadline' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsDuration({ each: true })
  reminderOffsets?: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['Københavns Kommune', 'indre by'],
    description: 'The areas or municipalities the follow-up concerns, each once',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsText(200, { each: true })
  areas?: string[];
}

export class CreateFollowUpDto extends FollowUpPlanDto {
  @ApiProperty({ type: ImplementsDto })
  @ValidateNested()
  @Type(() => ImplementsDto)
  implements!: ImplementsDto;
}

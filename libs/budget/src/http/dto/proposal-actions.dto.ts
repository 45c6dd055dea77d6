import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsId, IsInstant, IsMoney, IsText } from '@app/kernel';
import type { DecisionOutcome } from '../../proposal/budget-proposal.events';
import { PROPOSAL_STATUSES } from '../../proposal/budget-proposal.state';

/** A lifecycle step; `at` is when it happened (the committee's meeting), default: now. */
export class StepDto {
  @ApiPropertyOptional({ example: '2022-03-30T15:00:00+02:00' })
  @IsOptional()
  @IsInstant()
  at?: string;
}

export class RemarksDto {
  @ApiProperty({ description: "The administration's remarks (seed 002), written by the secretary" })
  @IsText(20_000)
  remarks!: string;
}

export class SubmissionDto extends StepDto {
  @ApiPropertyOptional({ description: "Default: the proposal's committee field" })
  @IsOptional()
  @IsText(300)
  committee?: string;

  @ApiPropertyOptional({
    description:
      'Joins the cycle after a step was taken (seed 002: written after the prioritisation meeting); recorded as late, and may take the next step directly',
  })
  @IsOptional()
  @IsText(2000)
  lateReason?: string;
}

/** Seed 002 was merged from two proposals: this one replaces them, and they end as merged. */
export class MergeDto extends StepDto {
  @ApiProperty({ example: ['bp-12', 'bp-14'], description: 'The proposals this one replaces' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsId({ each: true })
  replaces!: string[];
}

export class PrioritisationDto extends StepDto {
  @ApiPropertyOptional({ example: 2, description: "Within the committee's quota" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  rank?: number;

  @ApiPropertyOptional({ description: 'true when the committee did not prioritise it' })
  @IsOptional()
  @IsBoolean()
  @Equals(true)
  notPrioritised?: boolean;
}

export class GrantDto {
  @ApiProperty({ example: 2023 })
  @IsInt()
  @Min(2000)
  @Max(2200)
  year!: number;

  @ApiProperty({ example: 2.0, description: 'Million DKK, at most two decimals, 0 to 1000000' })
  @IsMoney()
  amount!: number;
}

export class DecisionDto extends StepDto {
  @ApiProperty({ enum: ['adopted', 'partly-adopted', 'rejected'] })
  @IsIn(['adopted', 'partly-adopted', 'rejected'])
  outcome!: DecisionOutcome;

  @ApiPropertyOptional({ type: [GrantDto], description: 'The amount granted per year; none when rejected' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => GrantDto)
  grants?: GrantDto[];
}

export class WithdrawalDto extends StepDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsText(2000)
  reason?: string;
}

export class DiffQueryDto {
  @ApiProperty({ example: '2022-03-30T15:00:00+02:00', description: 'Recorded time of the first moment' })
  @IsInstant()
  from!: string;

  @ApiProperty({ description: 'Recorded time of the second moment' })
  @IsInstant()
  to!: string;
}

export class ProposalListQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsId()
  cycleId?: string;

  @ApiPropertyOptional({ enum: PROPOSAL_STATUSES })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  status?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsText(300)
  committee?: string;
}

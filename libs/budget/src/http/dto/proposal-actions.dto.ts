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

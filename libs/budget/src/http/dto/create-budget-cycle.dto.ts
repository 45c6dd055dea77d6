import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { MILESTONE_KINDS, type MilestoneKind } from '../../cycle/budget-cycle.events';
import { IsDuration, IsId, IsInstant, IsText } from '@app/kernel';

export class CycleMilestoneDto {
  @ApiPropertyOptional({
    description: 'Defaults to <kind>-<position>, so a retried creation gives the same ids',
  })
  @IsOptional()
  @IsId()
  id?: string;

  @ApiProperty({ enum: MILESTONE_KINDS })
  @IsIn(MILESTONE_KINDS)
  kind!: MilestoneKind;

  @ApiProperty({ example: 'Social- og psykiatriudvalget' })
  @IsText(300)
  committee!: string;

  @ApiProperty({ example: '2022-03-30T15:00:00+02:00', description: 'When the committee meets' })
  @IsInstant()
  date!: string;

  @ApiPropertyOptional({
    example: '2022-03-23T12:00:00+01:00',
    description: "The council's own deadline before it",
  })
  @IsOptional()
  @IsInstant()
  submissionDeadline?: string;

  @ApiPropertyOptional({ example: 5, description: 'How many proposals the committee takes forward' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  quota?: number;
}

export class CreateBudgetCycleDto {
  @ApiPropertyOptional({ description: 'Client-chosen id; a retry with the same content changes nothing' })
  @IsOptional()
  @IsId()
  id?: string;

  @ApiProperty({ example: 2023, description: 'The budget year the calendar leads to' })
  @IsInt()
  @Min(2000)
  @Max(2200)
  year!: number;

  @ApiProperty({ type: [CycleMilestoneDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CycleMilestoneDto)
  milestones!: CycleMilestoneDto[];

  @ApiPropertyOptional({ example: ['P7D', 'P1D'], description: "ISO 8601 durations; default: the council's" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsDuration({ each: true })
  reminderOffsets?: string[];
}

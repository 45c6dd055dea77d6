import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsInstant } from '@app/kernel';

export class MoveMilestoneDto {
  @ApiProperty({ example: '2022-04-06T15:00:00+02:00' })
  @IsInstant()
  date!: string;

  @ApiPropertyOptional({ description: 'Default: keeps its distance to the meeting' })
  @IsOptional()
  @IsInstant()
  submissionDeadline?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsPlainDate } from './continue-council.dto';

/** Seed 001: the council is constituted for two years and evaluated before the term ends. */
export class SetTermDto {
  @ApiProperty({ example: '2024-01-01', description: "First day, a date of the council's calendar" })
  @IsPlainDate()
  startsOn!: string;

  @ApiProperty({ example: '2025-12-31', description: 'Last day of the term' })
  @IsPlainDate()
  endsOn!: string;

  @ApiPropertyOptional({ example: '2025-10-31', description: 'The day the evaluation must be done by' })
  @IsOptional()
  @IsPlainDate()
  evaluationDueBy?: string;
}

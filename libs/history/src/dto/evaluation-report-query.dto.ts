import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsInstant } from '@app/kernel';

export const REPORT_FORMATS = ['json', 'csv', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Both ends are required: a report "up to now" would change with every asking (issue 7). */
export class EvaluationReportQueryDto {
  @ApiProperty({ description: 'Start of the period, inclusive (ISO 8601 with an offset)' })
  @IsInstant()
  from!: string;

  @ApiProperty({ description: 'End of the period, exclusive (ISO 8601 with an offset)' })
  @IsInstant()
  to!: string;

  @ApiPropertyOptional({ enum: REPORT_FORMATS, description: 'Overrides the Accept header' })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';

const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;

export const REPORT_FORMATS = ['json', 'csv', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Both ends are required: a report "up to now" would change with every asking (issue 7). */
export class EvaluationReportQueryDto {
  @ApiProperty({ description: 'Start of the period, inclusive (ISO 8601 with an offset)' })
  @IsISO8601({ strict: true })
  @Matches(OFFSET, { message: 'from must carry an offset (Z or +01:00)' })
  from!: string;

  @ApiProperty({ description: 'End of the period, exclusive (ISO 8601 with an offset)' })
  @IsISO8601({ strict: true })
  @Matches(OFFSET, { message: 'to must carry an offset (Z or +01:00)' })
  to!: string;

  @ApiPropertyOptional({ enum: REPORT_FORMATS, description: 'Overrides the Accept header' })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsInstantOrDate } from '@app/kernel';

export const REPORT_FORMATS = ['json', 'csv', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * A period a person can ask for: two dates of the council's calendar (`from=2026-01-01&to=2026-12-31`
 * is the year 2026, both days included), or two instants (`to` then exclusive), or nothing: all
 * the council's time up to now.
 */
export class EvaluationReportQueryDto {
  @ApiPropertyOptional({
    description:
      "Start of the period, inclusive: a date in the council's time zone (2026-01-01) or an instant with an offset; omitted, when the council began",
  })
  @IsOptional()
  @IsInstantOrDate()
  from?: string;

  @ApiPropertyOptional({
    description: 'End of the period: a date, included (2026-12-31), or an instant, excluded; omitted, now',
  })
  @IsOptional()
  @IsInstantOrDate()
  to?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Issue 18.3: include the history of the councils this one succeeds (and theirs)',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  includePredecessors?: 'true' | 'false';

  @ApiPropertyOptional({ enum: REPORT_FORMATS, description: 'Overrides the Accept header' })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}

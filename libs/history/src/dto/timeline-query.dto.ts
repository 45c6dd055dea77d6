import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { IsId, IsInstant } from '@app/kernel';
import { MAX_TIMELINE_LIMIT } from '../timeline/timeline.service';

export class TimelineQueryDto {
  @ApiPropertyOptional({ description: 'Recorded at or after this time (ISO 8601 with an offset)' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Recorded before this time (ISO 8601 with an offset)' })
  @IsOptional()
  @IsInstant()
  to?: string;

  @ApiPropertyOptional({
    description: 'The timeline as it stood at this time (ISO 8601 with an offset); the answer echoes it',
  })
  @IsOptional()
  @IsInstant()
  asOf?: string;

  @ApiPropertyOptional({ description: 'Comma-separated kinds, e.g. hearings,follow-ups' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z-]+(,[a-z-]+)*$/, {
    message: 'kinds must be comma-separated kinds such as hearings,follow-ups',
  })
  kinds?: string;

  @ApiPropertyOptional({
    description: "Issue 19: only this case's events (with `kinds`, the case of that kind)",
  })
  @IsOptional()
  @IsId()
  caseId?: string;

  @ApiPropertyOptional({
    description:
      'Issue 19: only the events this person did, or that are about them (the person the event names as `personId`)',
  })
  @IsOptional()
  @IsId()
  person?: string;

  @ApiPropertyOptional({ description: 'Global position of the last event of the previous page (its `next`)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(-1)
  after?: number;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description:
      'Issue 18.3: include the events of the councils this one succeeds; each entry then names its councilId',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  includePredecessors?: 'true' | 'false';

  @ApiPropertyOptional({ default: 100, maximum: MAX_TIMELINE_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_TIMELINE_LIMIT)
  limit?: number;
}

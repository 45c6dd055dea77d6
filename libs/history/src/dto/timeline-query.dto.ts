import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { MAX_TIMELINE_LIMIT } from '../timeline/timeline.service';

const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;

export class TimelineQueryDto {
  @ApiPropertyOptional({ description: 'Recorded at or after this time (ISO 8601 with an offset)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(OFFSET, { message: 'from must carry an offset (Z or +01:00)' })
  from?: string;

  @ApiPropertyOptional({ description: 'Recorded before this time (ISO 8601 with an offset)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(OFFSET, { message: 'to must carry an offset (Z or +01:00)' })
  to?: string;

  @ApiPropertyOptional({
    description: 'The timeline as it stood at this time (ISO 8601 with an offset); the answer echoes it',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(OFFSET, { message: 'asOf must carry an offset (Z or +01:00)' })
  asOf?: string;

  @ApiPropertyOptional({ description: 'Comma-separated kinds, e.g. hearings,follow-ups' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z-]+(,[a-z-]+)*$/, {
    message: 'kinds must be comma-separated kinds such as hearings,follow-ups',
  })
  kinds?: string;

  @ApiPropertyOptional({ description: 'Global position of the last event of the previous page (its `next`)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(-1)
  after?: number;

  @ApiPropertyOptional({ default: 100, maximum: MAX_TIMELINE_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_TIMELINE_LIMIT)
  limit?: number;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsInstant, IsText } from '@app/kernel';

/** Only the fields given change; a meeting whose date was to follow is dated with startsAt. */
export class MoveMeetingDto {
  @ApiPropertyOptional({ example: '2026-03-05T15:00:00+01:00' })
  @IsOptional()
  @IsInstant()
  startsAt?: string;

  @ApiPropertyOptional({ example: '2026-03-05T17:00:00+01:00' })
  @IsOptional()
  @IsInstant()
  endsAt?: string;

  @ApiPropertyOptional({ example: 'Regionshuset, Sorø' })
  @IsOptional()
  @IsText(500)
  place?: string;

  @ApiPropertyOptional({ example: 'https://teams.microsoft.com/l/meetup-join/…' })
  @IsOptional()
  @IsText(2000)
  online?: string;
}

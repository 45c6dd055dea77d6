import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsId, IsInstant } from '@app/kernel';
import { CHANNELS, type Channel } from '../../domain/recorded-on-behalf';

/** What the secretary says about a member's word she writes down (seed 000: the meeting, the mail round). */
export class OnBehalfDto {
  @ApiPropertyOptional({ description: 'Secretary only: the member it is recorded for' })
  @IsOptional()
  @IsId()
  onBehalfOf?: string;

  @ApiPropertyOptional({ description: 'Secretary only: when the member gave it (e.g. the date of the mail)' })
  @IsOptional()
  @IsInstant()
  occurredAt?: string;

  @ApiPropertyOptional({ enum: CHANNELS, description: 'Secretary only: how it reached her' })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;

  @ApiPropertyOptional({ description: 'The meeting it was given at (channel meeting): one of the council’s' })
  @IsOptional()
  @IsId()
  meetingId?: string;
}

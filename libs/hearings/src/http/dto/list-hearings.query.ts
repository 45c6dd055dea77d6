import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { HEARING_STATUSES, type HearingStatus } from '../../domain/hearing.state';

export class ListHearingsQuery {
  @ApiPropertyOptional({ enum: HEARING_STATUSES })
  @IsOptional()
  @IsIn(HEARING_STATUSES)
  status?: HearingStatus;
}

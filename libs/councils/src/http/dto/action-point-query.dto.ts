import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ACTION_POINT_STATUSES, type ActionPointStatus } from '../../read-model/action-point-list.projection';

export class ActionPointQueryDto {
  @ApiPropertyOptional({ enum: ACTION_POINT_STATUSES, description: 'All when left out' })
  @IsOptional()
  @IsIn(ACTION_POINT_STATUSES)
  status?: ActionPointStatus;
}

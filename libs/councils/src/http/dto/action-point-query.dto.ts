import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ActionPointQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'done'], description: 'All when left out' })
  @IsOptional()
  @IsIn(['open', 'done'])
  status?: 'open' | 'done';
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsInstant, IsId, IsText } from '@app/kernel';

export class CallMeetingDto {
  @ApiPropertyOptional({ description: 'Client-chosen id, so a retried call creates nothing twice' })
  @IsOptional()
  @IsId()
  id?: string;

  @ApiProperty({ example: '2022-02-10T16:00:00+01:00' })
  @IsInstant()
  startsAt!: string;

  @ApiPropertyOptional({ example: 'Online' })
  @IsOptional()
  @IsText(500)
  place?: string;
}

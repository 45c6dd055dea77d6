import { ApiProperty } from '@nestjs/swagger';
import { IsText } from '@app/kernel';

export class CancelMeetingDto {
  @ApiProperty({ example: 'For få deltagere' })
  @IsText(2000)
  reason!: string;
}

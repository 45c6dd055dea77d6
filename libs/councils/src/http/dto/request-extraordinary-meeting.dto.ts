import { ApiProperty } from '@nestjs/swagger';
import { IsText } from '@app/kernel';

export class RequestExtraordinaryMeetingDto {
  @ApiProperty({ example: 'Flexklinikken lukker' })
  @IsText(2000)
  reason!: string;
}

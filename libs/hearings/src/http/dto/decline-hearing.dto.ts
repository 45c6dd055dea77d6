import { ApiProperty } from '@nestjs/swagger';
import { IsText } from '@app/kernel';

export class DeclineHearingDto {
  @ApiProperty()
  @IsText(5000)
  reason!: string;
}

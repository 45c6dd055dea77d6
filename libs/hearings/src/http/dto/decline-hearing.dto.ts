import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class DeclineHearingDto {
  @ApiProperty()
  @IsString()
  @MaxLength(5000)
  reason!: string;
}

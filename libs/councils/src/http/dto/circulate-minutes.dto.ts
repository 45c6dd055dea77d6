import { ApiProperty } from '@nestjs/swagger';
import { IsInstant } from '@app/kernel';

export class CirculateMinutesDto {
  @ApiProperty({ example: '2026-02-06T12:00:00+01:00', description: 'The deadline for comments' })
  @IsInstant()
  commentsBy!: string;
}

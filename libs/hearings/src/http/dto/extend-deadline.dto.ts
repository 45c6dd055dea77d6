import { ApiProperty } from '@nestjs/swagger';
import { IsInstant } from '@app/kernel';

export class ExtendDeadlineDto {
  @ApiProperty({ example: '2022-02-04T23:59:00+01:00' })
  @IsInstant()
  responseDeadline!: string;
}

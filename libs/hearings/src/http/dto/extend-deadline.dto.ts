import { ApiProperty } from '@nestjs/swagger';
import { IsIsoTime } from '@app/access';

export class ExtendDeadlineDto {
  @ApiProperty({ example: '2022-02-04T23:59:00+01:00' })
  @IsIsoTime()
  responseDeadline!: string;
}

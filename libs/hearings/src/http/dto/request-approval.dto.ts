import { ApiProperty } from '@nestjs/swagger';
import { IsIsoTime } from '@app/access';

export class RequestApprovalDto {
  @ApiProperty({ example: '2022-01-26T12:00:00+01:00' })
  @IsIsoTime()
  approvalDeadline!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsInstant } from '@app/kernel';

export class RequestApprovalDto {
  @ApiProperty({ example: '2022-01-26T12:00:00+01:00' })
  @IsInstant()
  approvalDeadline!: string;
}

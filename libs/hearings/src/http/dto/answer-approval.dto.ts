import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { IsText } from '@app/kernel';
import { OnBehalfDto } from './on-behalf.dto';

export class AnswerApprovalDto extends OnBehalfDto {
  @ApiProperty({ description: 'true approves, false objects (an objection needs a comment)' })
  @IsBoolean()
  approve!: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsText(5000)
  comment?: string;
}

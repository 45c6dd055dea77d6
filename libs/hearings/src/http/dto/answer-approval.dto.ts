import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { OnBehalfDto } from './on-behalf.dto';

export class AnswerApprovalDto extends OnBehalfDto {
  @ApiProperty({ description: 'true approves, false objects (an objection needs a comment)' })
  @IsBoolean()
  approve!: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  comment?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsIsoTime } from '@app/access';

export class SubmitInputDto {
  @ApiProperty()
  @IsString()
  @MaxLength(20000)
  text!: string;

  @ApiPropertyOptional({ description: 'Secretary only: the member the input is recorded for' })
  @IsOptional()
  @IsString()
  onBehalfOf?: string;

  @ApiPropertyOptional({ description: 'When the input was given (e.g. at a meeting); secretary only' })
  @IsOptional()
  @IsIsoTime()
  occurredAt?: string;

  @ApiPropertyOptional({ description: 'The meeting the input was given at' })
  @IsOptional()
  @IsString()
  meetingId?: string;
}

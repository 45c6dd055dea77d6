import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsId, IsInstant, IsText } from '@app/kernel';

export class SubmitInputDto {
  @ApiProperty()
  @IsText(20_000)
  text!: string;

  @ApiPropertyOptional({ description: 'Secretary only: the member the input is recorded for' })
  @IsOptional()
  @IsId()
  onBehalfOf?: string;

  @ApiPropertyOptional({ description: 'When the input was given (e.g. at a meeting); secretary only' })
  @IsOptional()
  @IsInstant()
  occurredAt?: string;

  @ApiPropertyOptional({ description: 'The meeting the input was given at' })
  @IsOptional()
  @IsId()
  meetingId?: string;
}

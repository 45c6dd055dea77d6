import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsInstant, IsText } from '@app/kernel';

export class SubmitResponseDto {
  @ApiPropertyOptional({ description: 'Default: now' })
  @IsOptional()
  @IsInstant()
  submittedAt?: string;

  @ApiProperty({ example: 'Region Hovedstaden, Center for Sundhed' })
  @IsText(500)
  recipient!: string;
}

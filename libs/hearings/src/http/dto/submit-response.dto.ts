import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsIsoTime } from '@app/access';

export class SubmitResponseDto {
  @ApiPropertyOptional({ description: 'Default: now' })
  @IsOptional()
  @IsIsoTime()
  submittedAt?: string;

  @ApiProperty({ example: 'Region Hovedstaden, Center for Sundhed' })
  @IsString()
  @MaxLength(500)
  recipient!: string;
}

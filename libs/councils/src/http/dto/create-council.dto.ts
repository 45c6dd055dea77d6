import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional } from 'class-validator';
import { IsDuration, IsId, IsText } from '@app/kernel';
import { OccurredAtDto } from '@app/access';

export class CreateCouncilDto extends OccurredAtDto {
  @ApiProperty({ example: 'udsatte-hovedstaden' })
  @IsId()
  id!: string;

  @ApiProperty({ example: 'Udsatterådet i Region Hovedstaden' })
  @IsText(200)
  name!: string;

  @ApiPropertyOptional({ example: 'Europe/Copenhagen', default: 'Europe/Copenhagen' })
  @IsOptional()
  @IsText(64)
  timeZone?: string;

  @ApiPropertyOptional({
    example: ['P7D', 'P2D'],
    default: ['P7D', 'P2D'],
    description: 'ISO 8601 durations',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsDuration({ each: true })
  reminderOffsets?: string[];
}

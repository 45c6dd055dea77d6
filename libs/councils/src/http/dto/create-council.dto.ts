import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches } from 'class-validator';
import { IsPlainId, IsText } from './validators';

export class CreateCouncilDto {
  @ApiProperty({ example: 'udsatte-hovedstaden' })
  @IsPlainId()
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
  @IsString({ each: true })
  @Matches(/^P/, { each: true, message: 'each of $property must be an ISO 8601 duration such as P7D' })
  reminderOffsets?: string[];
}

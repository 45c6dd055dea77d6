import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsDuration, IsId, IsText } from '@app/kernel';
import { OccurredAtDto } from '@app/access';
import { IsPlainDate } from './continue-council.dto';

/** The settings a council's terms of reference fix; seed 001's (four meetings, no lapse period) by default. */
export class CouncilTermsDto extends OccurredAtDto {
  @ApiPropertyOptional({ example: 4, default: 4, description: 'Minimum of ordinary meetings a year' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(52)
  ordinaryMeetingsPerYear?: number;

  @ApiPropertyOptional({
    example: 'P3M',
    description:
      'How long a request for an extraordinary meeting stands (ISO 8601 duration); none: until a meeting is held',
  })
  @IsOptional()
  @IsDuration()
  requestsLapseAfter?: string;
}

export class CreateCouncilDto extends CouncilTermsDto {
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

  @ApiPropertyOptional({
    type: [String],
    example: ['udsatte-sjaelland', 'udsatte-hovedstaden'],
    description: 'Issue 18.3: the councils this one succeeds; they take no new writes from succeedsFrom',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsId({ each: true })
  succeeds?: string[];

  @ApiPropertyOptional({
    example: '2027-01-01',
    description: "The successor's first day, a date of its calendar",
  })
  @IsOptional()
  @IsPlainDate()
  succeedsFrom?: string;
}

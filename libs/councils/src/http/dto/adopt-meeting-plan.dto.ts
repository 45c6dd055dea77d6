import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { OccurredAtDto } from '@app/access';
import { IsInstant, IsId, IsText } from '@app/kernel';

export class PlannedMeetingDto {
  @ApiPropertyOptional({ description: 'Defaults to <councilId>-<year>-<n>, n in date order' })
  @IsOptional()
  @IsId()
  id?: string;

  @ApiProperty({ example: '2022-01-20T14:00:00+01:00' })
  @IsInstant()
  startsAt!: string;

  @ApiPropertyOptional({ example: 'Regionsgården, Hillerød' })
  @IsOptional()
  @IsText(500)
  place?: string;
}

export class AdoptMeetingPlanDto extends OccurredAtDto {
  @ApiProperty({ example: 2022 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({
    type: [PlannedMeetingDto],
    description: 'Seed 001: four a year; fewer is accepted and noted',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(24)
  @ValidateNested({ each: true })
  @Type(() => PlannedMeetingDto)
  meetings!: PlannedMeetingDto[];
}

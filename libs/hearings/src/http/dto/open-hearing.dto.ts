import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsIsoTime } from '@app/access';

export class MaterialDto {
  @ApiProperty({ example: 'Reviderede samarbejdsaftaler' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({ example: 'https://www.regionh.dk/hoering/samarbejdsaftaler.pdf' })
  @IsUrl({ require_protocol: true })
  url!: string;
}

export class OpenHearingDto {
  @ApiPropertyOptional({
    description: 'Client-chosen id; a retry with the same id and content changes nothing',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.~-]{1,100}$/, { message: 'id may use letters, digits and _.~- (at most 100)' })
  id?: string;

  @ApiProperty({ example: 'Høring vedr. reviderede samarbejdsaftaler om borgere med psykisk sygdom' })
  @IsString()
  @MaxLength(500)
  title!: string;

  @ApiProperty({ example: 'Region Hovedstaden' })
  @IsString()
  @MaxLength(200)
  issuingBody!: string;

  @ApiPropertyOptional({ type: [MaterialDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => MaterialDto)
  material?: MaterialDto[];

  @ApiPropertyOptional({ example: '2022-01-10T09:00:00+01:00', description: 'Default: now' })
  @IsOptional()
  @IsIsoTime()
  receivedAt?: string;

  @ApiProperty({ example: '2022-01-28T23:59:00+01:00' })
  @IsIsoTime()
  responseDeadline!: string;

  @ApiPropertyOptional({ description: 'Default: two working days before the response deadline' })
  @IsOptional()
  @IsIsoTime()
  inputDeadline?: string;

  @ApiPropertyOptional({ example: ['P7D', 'P2D'], description: "Default: the council's" })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  reminderOffsets?: string[];

  @ApiPropertyOptional({ description: 'Person ids; default: all current members' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsString({ each: true })
  invited?: string[];
}

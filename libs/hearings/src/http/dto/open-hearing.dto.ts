import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsUrl,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { HEARING_ORIGINS, type HearingOrigin } from '../../domain/hearing.events';
import { IsDuration, IsId, IsInstant, IsText } from '@app/kernel';

export class MaterialDto {
  @ApiProperty({ example: 'Reviderede samarbejdsaftaler' })
  @IsText(500)
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
  @IsId()
  id?: string;

  @ApiProperty({ example: 'Høring vedr. reviderede samarbejdsaftaler om borgere med psykisk sygdom' })
  @IsText(500)
  title!: string;

  @ApiProperty({ example: 'Region Hovedstaden' })
  @IsText(200)
  issuingBody!: string;

  @ApiPropertyOptional({
    enum: HEARING_ORIGINS,
    default: 'formal-hearing',
    description:
      'How the matter came to the council: a formal hearing, involvement before it, a committee’s invitation, or a statement on its own initiative (with `recipient`)',
  })
  @IsOptional()
  @IsIn(HEARING_ORIGINS)
  origin?: HearingOrigin;

  @ApiPropertyOptional({
    example: 'Psykiatri- og socialudvalget',
    description: "Own initiative only: to whom the council's statement goes",
  })
  @IsOptional()
  @IsText(200)
  recipient?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['Københavns Kommune', 'indre by'],
    description: 'The areas or municipalities the case concerns',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsText(200, { each: true })
  areas?: string[];

  @ApiPropertyOptional({ type: [MaterialDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MaterialDto)
  material?: MaterialDto[];

  @ApiPropertyOptional({ example: '2022-01-10T09:00:00+01:00', description: 'Default: now' })
  @IsOptional()
  @IsInstant()
  receivedAt?: string;

  @ApiPropertyOptional({
    example: '2022-01-28T23:59:00+01:00',
    description: 'Required unless `origin` is `own-initiative` (a statement with no external deadline)',
  })
  @ValidateIf((o: OpenHearingDto) => o.origin !== 'own-initiative' || o.responseDeadline !== undefined)
  @IsInstant()
  responseDeadline?: string;

  @ApiPropertyOptional({
    description:
      'Default: two working days before the response deadline; none when there is no response deadline',
  })
  @IsOptional()
  @IsInstant()
  inputDeadline?: string;

  @ApiPropertyOptional({ example: ['P7D', 'P2D'], description: "Default: the council's" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsDuration({ each: true })
  reminderOffsets?: string[];

  @ApiPropertyOptional({ description: 'Person ids; default: all current members', type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(200)
  @IsId({ each: true })
  invited?: string[];
}

import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { FINANCING_AREAS, type FinancingArea } from '../../proposal/budget-proposal.fields';
import { IsPlainId } from './validators';

const money = { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 1 };

export class CostLineDto {
  @ApiProperty({ example: 2023 })
  @IsInt()
  @Min(2000)
  @Max(2200)
  year!: number;

  @ApiProperty({ example: 1.8, description: 'Salary for new staff, million DKK, one decimal' })
  @IsNumber(money)
  @Min(0)
  salary!: number;

  @ApiProperty({ example: 0.1, description: 'Other operations, million DKK, one decimal' })
  @IsNumber(money)
  @Min(0)
  operations!: number;

  @ApiPropertyOptional({
    example: 0.1,
    description: 'Establishment costs, million DKK, one decimal; default 0',
  })
  @IsOptional()
  @IsNumber(money)
  @Min(0)
  establishment?: number;

  @ApiPropertyOptional({ example: 2.5, description: 'Full-time equivalents (not money); default 0' })
  @IsOptional()
  @IsNumber(money)
  @Min(0)
  fte?: number;
}

export class DerivedFromDto {
  @ApiProperty({ enum: ['hearing', 'meeting-item'] })
  @IsIn(['hearing', 'meeting-item'])
  kind!: 'hearing' | 'meeting-item';

  @ApiProperty({ description: 'The hearing, or the meeting of the item' })
  @IsPlainId()
  id!: string;

  @ApiPropertyOptional({ description: 'The agenda item; required when kind is meeting-item' })
  @ValidateIf((o: DerivedFromDto) => o.kind === 'meeting-item' || o.itemId !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  itemId?: string;
}

/** The fields of seed 002's form a draft cannot be without (issue 5's creation body). */
export class CoreProposalFieldsDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @ApiProperty({ description: 'Seed 002: "Fremsat af"' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  proposedBy!: string;

  @ApiProperty({ description: 'The problem to solve' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  problem!: string;

  @ApiProperty({ description: 'The proposed solution' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  solution!: string;

  @ApiProperty({ enum: FINANCING_AREAS })
  @IsIn(FINANCING_AREAS)
  financingArea!: FinancingArea;

  @ApiProperty({ type: [CostLineDto], description: 'The total per year is computed, never typed' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CostLineDto)
  costs!: CostLineDto[];
}

/** The form's other fields; optional at creation too. */
export class MoreProposalFieldsDto {
  @ApiPropertyOptional({ description: 'A first draft of the budget-agreement text' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  agreementText?: string;

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'integer', minimum: 1, maximum: 17 },
    maxItems: 17,
    example: [3, 10],
    description: 'UN Sustainable Development Goals, 1 to 17',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(17)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(17, { each: true })
  sdgs?: number[];

  @ApiPropertyOptional({ description: 'Ids of proposals this one overlaps with' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsPlainId({ each: true })
  overlaps?: string[];

  @ApiPropertyOptional({ type: [DerivedFromDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DerivedFromDto)
  derivedFrom?: DerivedFromDto[];

  @ApiPropertyOptional({ description: 'The committee the proposal is meant for' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  committee?: string;
}

/** Every field of the form the council writes; all optional, for PATCH. */
export class ProposalFieldsDto extends IntersectionType(
  PartialType(CoreProposalFieldsDto),
  MoreProposalFieldsDto,
) {}

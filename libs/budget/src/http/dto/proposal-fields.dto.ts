import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsId, IsMoney, IsText, MONEY_MAX } from '@app/kernel';
import { FINANCING_AREAS, type FinancingArea } from '../../proposal/budget-proposal.fields';

export class CostLineDto {
  @ApiProperty({ example: 2023 })
  @IsInt()
  @Min(2000)
  @Max(2200)
  year!: number;

  @ApiProperty({ example: 1.8, description: 'Salary for new staff, million DKK, at most two decimals' })
  @IsMoney()
  salary!: number;

  @ApiProperty({ example: 0.1, description: 'Other operations, million DKK, at most two decimals' })
  @IsMoney()
  operations!: number;

  @ApiPropertyOptional({
    example: 0.1,
    description: 'Establishment costs, million DKK, at most two decimals; default 0',
  })
  @IsOptional()
  @IsMoney()
  establishment?: number;

  @ApiPropertyOptional({
    example: 2.5,
    description: 'Full-time equivalents (not money, bounded and written alike); default 0',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MONEY_MAX)
  fte?: number;
}

export class DerivedFromDto {
  @ApiProperty({ enum: ['hearing', 'meeting-item'] })
  @IsIn(['hearing', 'meeting-item'])
  kind!: 'hearing' | 'meeting-item';

  @ApiProperty({ description: 'The hearing, or the meeting of the item' })
  @IsId()
  id!: string;

  @ApiPropertyOptional({ description: 'The agenda item; required when kind is meeting-item' })
  @ValidateIf((o: DerivedFromDto) => o.kind === 'meeting-item' || o.itemId !== undefined)
  @IsId()
  itemId?: string;
}

/** The fields of seed 002's form a draft cannot be without (issue 5's creation body). */
export class CoreProposalFieldsDto {
  @ApiProperty()
  @IsText(300)
  title!: string;

  @ApiProperty({ description: 'Seed 002: "Fremsat af"' })
  @IsText(300)
  proposedBy!: string;

  @ApiProperty({ description: 'The problem to solve' })
  @IsText(20000)
  problem!: string;

  @ApiProperty({ description: 'The proposed solution' })
  @IsText(20000)
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
  @IsText(20000)
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
  @IsId({ each: true })
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
  @IsText(300)
  committee?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['Københavns Kommune', 'indre by'],
    description: 'The areas or municipalities the proposal concerns, each once',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsText(200, { each: true })
  areas?: string[];
}

/** Every field of the form the council writes; all optional, for PATCH. */
export class ProposalFieldsDto extends IntersectionType(
  PartialType(CoreProposalFieldsDto),
  MoreProposalFieldsDto,
) {}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, ValidateNested } from 'class-validator';
import type { ReferenceKind } from '../../meeting/meeting.events';
import { IsId, IsText } from '@app/kernel';

const REFERENCE_KINDS: ReferenceKind[] = ['hearing', 'budget-proposal', 'follow-up'];

export class AgendaReferenceDto {
  @ApiProperty({ enum: REFERENCE_KINDS })
  @IsIn(REFERENCE_KINDS)
  kind!: ReferenceKind;

  @ApiProperty()
  @IsId()
  id!: string;
}

/** The fields of an item in the region's minutes (seed 003). */
export class AddAgendaItemDto {
  @ApiPropertyOptional({ description: 'Client-chosen id, so a retried request adds nothing twice' })
  @IsOptional()
  @IsId()
  id?: string;

  @ApiProperty({ example: 'Valg af ny formand' })
  @IsText(500)
  title!: string;

  @ApiPropertyOptional({ description: 'Sags ID' })
  @IsOptional()
  @IsText(100)
  caseId?: string;

  @ApiPropertyOptional({ example: 'EMN-2025-10555', description: 'Dok ID' })
  @IsOptional()
  @IsText(100)
  documentId?: string;

  @ApiPropertyOptional() @IsOptional() @IsText() summary?: string;
  @ApiPropertyOptional() @IsOptional() @IsText() recommendation?: string;
  @ApiPropertyOptional() @IsOptional() @IsText() presentation?: string;
  @ApiPropertyOptional() @IsOptional() @IsText() economy?: string;
  @ApiPropertyOptional() @IsOptional() @IsText() previousDecisions?: string;

  @ApiPropertyOptional({ type: AgendaReferenceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AgendaReferenceDto)
  refersTo?: AgendaReferenceDto;
}

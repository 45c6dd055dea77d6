import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { AGENDA_ITEM_KINDS, type AgendaItemKind, type ReferenceKind } from '../../meeting/meeting.events';
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

export class PresenterDto {
  @ApiProperty({ example: 'Mette Hansen' })
  @IsText(200)
  name!: string;

  @ApiPropertyOptional({ example: 'Region Sjælland, Psykiatri og Social' })
  @IsOptional()
  @IsText(500)
  organisation?: string;
}

/** Bilag: a title, with the region's Dok ID or a link. */
export class AttachmentDto {
  @ApiProperty({ example: 'Statusnotat om brobygning' })
  @IsText(500)
  title!: string;

  @ApiPropertyOptional({ example: '2025-112233', description: 'Dok ID' })
  @IsOptional()
  @IsText(100)
  documentId?: string;

  @ApiPropertyOptional({ example: 'https://www.regionsjaelland.dk/bilag/1' })
  @IsOptional()
  @IsText(2000)
  url?: string;
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

  @ApiPropertyOptional({ enum: AGENDA_ITEM_KINDS })
  @IsOptional()
  @IsIn(AGENDA_ITEM_KINDS)
  kind?: AgendaItemKind;

  @ApiPropertyOptional({ default: true, description: '"(Åben)"; a closed item is for the council only' })
  @IsOptional()
  @IsBoolean()
  open?: boolean;

  @ApiPropertyOptional({ type: [PresenterDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PresenterDto)
  presenters?: PresenterDto[];

  @ApiPropertyOptional({ type: [AttachmentDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AttachmentDto)
  attachments?: AttachmentDto[];

  @ApiPropertyOptional({ example: 'EMN-2025-10555', description: 'Sags ID' })
  @IsOptional()
  @IsText(100)
  caseId?: string;

  @ApiPropertyOptional({ example: '2025-112233', description: 'Dok ID' })
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

  @ApiPropertyOptional({
    description:
      "On an item of kind previous-minutes-approval: the meeting whose minutes it approves (by default the council's meeting before this one)",
  })
  @IsOptional()
  @IsId()
  minutesOf?: string;
}

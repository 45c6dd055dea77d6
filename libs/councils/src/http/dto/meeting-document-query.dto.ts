import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export const MEETING_DOCUMENT_FORMATS = ['json', 'md', 'docx'] as const;

export class MeetingDocumentQueryDto {
  @ApiPropertyOptional({ enum: MEETING_DOCUMENT_FORMATS, description: 'Wins over the Accept header' })
  @IsOptional()
  @IsIn(MEETING_DOCUMENT_FORMATS)
  format?: (typeof MEETING_DOCUMENT_FORMATS)[number];
}

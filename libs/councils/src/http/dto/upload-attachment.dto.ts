import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsText } from '@app/kernel';

/** The form's text field beside `file`; the title defaults to the file's name. */
export class UploadAttachmentDto {
  @ApiPropertyOptional({ example: 'Statusnotat om brobygning' })
  @IsOptional()
  @IsText(500)
  title?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsId, IsText } from '@app/kernel';

export class CommentOnMinutesDto {
  @ApiPropertyOptional({ description: 'Client-chosen id, so a retried request adds nothing twice' })
  @IsOptional()
  @IsId()
  id?: string;

  @ApiProperty({ example: 'Under punkt 4 bør der stå, at vi også drøftede økonomien.' })
  @IsText(4000)
  text!: string;

  @ApiPropertyOptional({ example: '4', description: 'The item the comment is on, if one' })
  @IsOptional()
  @IsId()
  itemId?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional } from 'class-validator';
import { IsPlainId, IsText } from './validators';

export class DecideAgendaItemDto {
  @ApiProperty({ example: 'Punktet blev udsat til næste møde.' })
  @IsText()
  decision!: string;

  @ApiPropertyOptional({ example: ['bo'], description: 'Person ids of the absent members (Fraværende)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsPlainId({ each: true })
  absent?: string[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional } from 'class-validator';
import { IsId, IsText } from '@app/kernel';
import { OccurredAtDto } from '@app/access';

export class DecideAgendaItemDto extends OccurredAtDto {
  @ApiProperty({ example: 'Punktet blev udsat til næste møde.' })
  @IsText()
  decision!: string;

  @ApiPropertyOptional({ example: ['bo'], description: 'Person ids of the absent members (Fraværende)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsId({ each: true })
  absent?: string[];
}

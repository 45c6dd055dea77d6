import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, ValidateIf } from 'class-validator';
import { IsId, IsText } from '@app/kernel';
import { OccurredAtDto } from '@app/access';

export class DecideAgendaItemDto extends OccurredAtDto {
  @ApiProperty({
    example: 'Udsatterådet tog orienteringen til efterretning.',
    description: 'May be empty for an item approving participation (seed 003 item 7)',
  })
  // An empty text reaches the decider, which allows it only where the minutes have none.
  @ValidateIf((dto: { decision?: unknown }) => dto.decision !== '')
  @IsText()
  decision!: string;

  @ApiPropertyOptional({ example: ['bo'], description: 'Person ids of the absent members (Fraværende)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsId({ each: true })
  absent?: string[];
}

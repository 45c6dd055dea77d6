import { ApiProperty } from '@nestjs/swagger';
import { IsText } from '@app/kernel';

export class PostponeAgendaItemDto {
  @ApiProperty({ example: 'Oplægsholder var forhindret' })
  @IsText(2000)
  reason!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray } from 'class-validator';
import { IsId } from '@app/kernel';

export class ReorderAgendaDto {
  @ApiProperty({
    example: ['i2', 'i1', 'i3'],
    description: 'Every item of the agenda, once, in the new order',
  })
  @IsArray()
  @ArrayMaxSize(200)
  @IsId({ each: true })
  itemIds!: string[];
}

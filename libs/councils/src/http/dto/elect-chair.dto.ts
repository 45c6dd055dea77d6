import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsId } from '@app/kernel';
import { OccurredAtDto } from '@app/access';

export class ElectChairDto extends OccurredAtDto {
  @ApiPropertyOptional({ description: 'Client-chosen election id: a replay with it changes nothing' })
  @IsOptional()
  @IsId()
  id?: string;

  @ApiProperty({ example: 'ivan', description: 'A current member, elected by the members' })
  @IsId()
  personId!: string;
}

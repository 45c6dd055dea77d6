import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsPlainId } from './validators';

export class ElectChairDto {
  @ApiPropertyOptional({ description: 'Client-chosen election id: a replay with it changes nothing' })
  @IsOptional()
  @IsPlainId()
  id?: string;

  @ApiProperty({ example: 'ivan', description: 'A current member, elected by the members' })
  @IsPlainId()
  personId!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsPlainId } from './validators';

export class ElectChairDto {
  @ApiProperty({ example: 'ivan', description: 'A current member, elected by the members' })
  @IsPlainId()
  personId!: string;
}

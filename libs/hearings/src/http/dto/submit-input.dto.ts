import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { OnBehalfDto } from './on-behalf.dto';

export class SubmitInputDto extends OnBehalfDto {
  @ApiProperty()
  @IsString()
  @MaxLength(20000)
  text!: string;
}

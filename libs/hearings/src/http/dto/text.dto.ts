import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

/** `PUT …/inputs/mine`: the revised text. Emptiness is the decider's 400 on `text`. */
export class TextDto {
  @ApiProperty()
  @IsString()
  @MaxLength(20000)
  text!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsText } from '@app/kernel';

/** `PUT …/inputs/mine`: the revised text. */
export class TextDto {
  @ApiProperty()
  @IsText(20_000)
  text!: string;
}

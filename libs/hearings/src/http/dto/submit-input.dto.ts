import { ApiProperty } from '@nestjs/swagger';
import { IsText } from '@app/kernel';
import { OnBehalfDto } from './on-behalf.dto';

export class SubmitInputDto extends OnBehalfDto {
  @ApiProperty()
  @IsText(20_000)
  text!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsText } from '@app/kernel';

export class DropActionPointDto {
  @ApiProperty({ example: 'Høringssvaret blev godkendt på mødet i stedet' })
  @IsText(2000)
  reason!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { ValidateIf } from 'class-validator';
import { IsId, IsText } from '@app/kernel';

export class CorrectMinutesDto {
  @ApiProperty({ example: 'i4' })
  @IsId()
  itemId!: string;

  @ApiProperty({ example: 'Udsatterådet drøftede forslaget og bakker op om én fælles organisering.' })
  @ValidateIf((dto: { decision?: unknown }) => dto.decision !== '')
  @IsText()
  decision!: string;

  @ApiProperty({ example: 'Rettet efter indsigelse fra Lone Mortensen' })
  @IsText(2000)
  reason!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsText } from '@app/kernel';
import { IsPlainDate } from './continue-council.dto';

/** Issue 18.2: the region's decision to end the council, dated the day it was decided. */
export class EndCouncilDto {
  @ApiProperty({ example: 'Regionsrådet' })
  @IsText(200)
  decidedBy!: string;

  @ApiProperty({ example: '2026-06-23', description: "A date of the council's calendar" })
  @IsPlainDate()
  decidedOn!: string;

  @ApiProperty({ example: '2026-12-31', description: 'The last day of the council' })
  @IsPlainDate()
  endsOn!: string;
}

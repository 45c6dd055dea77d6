import { ApiProperty } from '@nestjs/swagger';
import { IsText, PLAIN_DATE_RULE, isPlainDate } from '@app/kernel';
import { ValidateBy } from 'class-validator';

export const IsPlainDate = () =>
  ValidateBy({
    name: 'isPlainDate',
    validator: { validate: isPlainDate, defaultMessage: () => `$property must be ${PLAIN_DATE_RULE}` },
  });

/**
 * The region's decision to continue the council (seed 003). `decidedOn` is its business time:
 * the write is dated that day in the council's time zone, however much later it is entered.
 */
export class ContinueCouncilDto {
  @ApiProperty({ example: 'Regionsrådet' })
  @IsText(200)
  decidedBy!: string;

  @ApiProperty({ example: '2025-08-19', description: "A date of the council's calendar" })
  @IsPlainDate()
  decidedOn!: string;

  @ApiProperty({ example: '2026-12-31', description: 'The last day of the continued term' })
  @IsPlainDate()
  until!: string;
}

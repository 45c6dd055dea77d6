import { ApiProperty } from '@nestjs/swagger';
import { IsText } from '@app/kernel';

/** Why a committee meeting is taken off the budget calendar; it stays in the cycle's history. */
export class CancelMilestoneDto {
  @ApiProperty({ example: 'Udvalgsmødet er aflyst af regionen' })
  @IsText(2000)
  reason!: string;
}

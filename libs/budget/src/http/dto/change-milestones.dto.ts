import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Why a committee meeting is taken off the budget calendar; it stays in the cycle's history. */
export class CancelMilestoneDto {
  @ApiProperty({ example: 'Udvalgsmødet er aflyst af regionen' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

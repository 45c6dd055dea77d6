import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, ValidateNested } from 'class-validator';
import { IsText } from '@app/kernel';
import { SEAT_TYPES, type SeatType } from '../../council/council.events';

export class SeatDto {
  @ApiProperty({ example: 'Reden København (KFUK)' })
  @IsText(200)
  organisation!: string;

  @ApiProperty({
    enum: SEAT_TYPES,
    description: "user-organisation, ngo, professional, or region (the region's own representative)",
  })
  @IsIn(SEAT_TYPES)
  type!: SeatType;
}

/** Issue 18.2: the council's composition (seed 001: ten organisations, one member each). */
export class SetSeatsDto {
  @ApiProperty({ type: [SeatDto], description: 'Every seat; the list replaces the last one' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SeatDto)
  seats!: SeatDto[];
}

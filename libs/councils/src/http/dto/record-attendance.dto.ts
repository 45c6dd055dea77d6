import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { IsId, IsText } from '@app/kernel';

export class AbsentPersonDto {
  @ApiProperty({ example: 'bo' })
  @IsId()
  personId!: string;

  @ApiProperty({ description: 'Absent with notice (afbud), or without' })
  @IsBoolean()
  notice!: boolean;
}

export class GuestDto {
  @ApiProperty({ example: 'Mette Hansen' })
  @IsText(200)
  name!: string;

  @ApiPropertyOptional({ example: 'Region Sjælland, Psykiatri og Social' })
  @IsOptional()
  @IsText(500)
  organisation?: string;

  @ApiPropertyOptional({ example: 'Oplæg om brobygning' })
  @IsOptional()
  @IsText(500)
  role?: string;
}

/** The whole attendance of the meeting; each PUT replaces the last. */
export class RecordAttendanceDto {
  @ApiProperty({ example: ['kira', 'steen'], description: 'Person ids of the members present' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsId({ each: true })
  present!: string[];

  @ApiProperty({ type: [AbsentPersonDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AbsentPersonDto)
  absent!: AbsentPersonDto[];

  @ApiProperty({ type: [GuestDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => GuestDto)
  guests!: GuestDto[];
}

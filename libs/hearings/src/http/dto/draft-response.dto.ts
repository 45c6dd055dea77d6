import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';

export class DraftResponseDto {
  @ApiProperty()
  @IsString()
  @MaxLength(100000)
  text!: string;

  @ApiPropertyOptional({ description: 'Person ids whose input the draft draws on' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsString({ each: true })
  basedOn?: string[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional } from 'class-validator';
import { IsId, IsText } from '@app/kernel';

export class DraftResponseDto {
  @ApiProperty()
  @IsText(100_000)
  text!: string;

  @ApiPropertyOptional({ description: 'Person ids whose input the draft draws on', type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(200)
  @IsId({ each: true })
  basedOn?: string[];
}

import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray } from 'class-validator';
import { IsId } from '@app/kernel';

export class InviteMembersDto {
  @ApiProperty({ description: 'Person ids of current members to ask for input', type: [String] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  // A council has one seat per organisation: a few dozen at most.
  @ArrayMaxSize(200)
  @IsId({ each: true })
  personIds!: string[];
}

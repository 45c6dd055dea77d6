import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsString, MaxLength } from 'class-validator';

export class InviteMembersDto {
  @ApiProperty({ description: 'Person ids of current members to ask for input', type: [String] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  // A council has one seat per organisation: a few dozen at most.
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  personIds!: string[];
}

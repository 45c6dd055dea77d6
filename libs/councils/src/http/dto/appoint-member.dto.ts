import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional } from 'class-validator';
import { IsPlainId, IsText } from './validators';

export class AppointMemberDto {
  @ApiPropertyOptional({ description: 'Client-chosen appointment id: a replay with it changes nothing' })
  @IsOptional()
  @IsPlainId()
  id?: string;

  @ApiProperty({ example: 'ivan' })
  @IsPlainId()
  personId!: string;

  @ApiProperty({ example: 'Ivan' })
  @IsText(200)
  name!: string;

  @ApiProperty({ example: 'Gadejuristen', description: 'One seat per organisation (seed 001)' })
  @IsText(200)
  organisation!: string;

  @ApiProperty({ example: 'ivan@example.org' })
  @IsEmail()
  email!: string;
}

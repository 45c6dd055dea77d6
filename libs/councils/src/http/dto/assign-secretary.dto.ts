import { ApiProperty } from '@nestjs/swagger';
import { IsEmail } from 'class-validator';
import { IsPlainId, IsText } from './validators';

export class AssignSecretaryDto {
  @ApiProperty({ example: 'anja' })
  @IsPlainId()
  personId!: string;

  @ApiProperty({ example: 'Anja' })
  @IsText(200)
  name!: string;

  @ApiProperty({ example: 'anja@regionh.dk' })
  @IsEmail()
  email!: string;
}

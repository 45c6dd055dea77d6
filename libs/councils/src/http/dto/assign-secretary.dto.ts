import { ApiProperty } from '@nestjs/swagger';
import { IsEmail } from 'class-validator';
import { IsId, IsText } from '@app/kernel';

export class AssignSecretaryDto {
  @ApiProperty({ example: 'anja' })
  @IsId()
  personId!: string;

  @ApiProperty({ example: 'Anja' })
  @IsText(200)
  name!: string;

  @ApiProperty({ example: 'anja@regionh.dk' })
  @IsEmail()
  email!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length } from 'class-validator';

export class RequestSignInDto {
  @ApiProperty({ example: 'anna@regionh.dk' })
  @IsEmail()
  email!: string;
}

export class CompleteSignInDto {
  @ApiProperty({ description: 'The secret from the e-mailed link' })
  @IsString()
  @Length(20, 200)
  token!: string;
}

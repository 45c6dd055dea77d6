import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional } from 'class-validator';
import { IsId, IsText } from '@app/kernel';
import { OccurredAtDto } from '@app/access';

export class AppointMemberDto extends OccurredAtDto {
  @ApiPropertyOptional({ description: 'Client-chosen appointment id: a replay with it changes nothing' })
  @IsOptional()
  @IsId()
  id?: string;

  @ApiPropertyOptional({
    example: 'ivan',
    description: 'Left out, the system makes one (issue 19); given, it is kept (imports and scripts)',
  })
  @IsOptional()
  @IsId()
  personId?: string;

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

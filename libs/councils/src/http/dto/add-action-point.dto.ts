import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { IsId, IsInstant, IsText } from '@app/kernel';
import { AgendaReferenceDto } from './add-agenda-item.dto';

export class AddActionPointDto {
  @ApiPropertyOptional({ description: 'Client-chosen id, so a retried request adds nothing twice' })
  @IsOptional()
  @IsId()
  id?: string;

  @ApiProperty({ example: 'Anja sender en mail rundt og indsamler input og godkendelse af høringssvaret' })
  @IsText(2000)
  text!: string;

  @ApiPropertyOptional({
    example: 'anja',
    description: 'Person id of a member or secretary of the council (404 for anyone else); or give ownerName',
  })
  @IsOptional()
  @IsId()
  owner?: string;

  @ApiPropertyOptional({
    example: 'Mette Hansen',
    description:
      'Issue 17: the name of a person from the region who owns it, not on the council; instead of owner',
  })
  @IsOptional()
  @IsText(200)
  ownerName?: string;

  @ApiPropertyOptional({
    example: 'Region Sjælland, Psykiatri og Social',
    description: "The named owner's organisation",
  })
  @IsOptional()
  @IsText(500)
  ownerOrganisation?: string;

  @ApiPropertyOptional({ example: '2022-01-26T12:00:00+01:00' })
  @IsOptional()
  @IsInstant()
  dueAt?: string;

  @ApiPropertyOptional({
    type: AgendaReferenceDto,
    description: 'The case it serves (a hearing, budget proposal or follow-up of the council)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => AgendaReferenceDto)
  refersTo?: AgendaReferenceDto;
}

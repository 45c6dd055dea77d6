import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { CoreProposalFieldsDto, MoreProposalFieldsDto } from './proposal-fields.dto';
import { IsId } from '@app/kernel';

/** Issue 5's creation body: the form's core fields are required, the rest may follow by PATCH. */
export class CreateBudgetProposalDto extends IntersectionType(CoreProposalFieldsDto, MoreProposalFieldsDto) {
  @ApiPropertyOptional({ description: 'Client-chosen id; a retry with the same content changes nothing' })
  @IsOptional()
  @IsId()
  id?: string;

  @ApiProperty()
  @IsId()
  cycleId!: string;
}

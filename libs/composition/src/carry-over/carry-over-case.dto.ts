import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsId } from '@app/kernel';

/** The kinds of case a successor can carry over (issue 18.3: open hearings and follow-ups). */
export const CARRIED_KINDS = ['hearings', 'follow-ups'] as const;
export type CarriedKind = (typeof CARRIED_KINDS)[number];

/** `POST /api/councils/:councilId/carried-over-cases`: which predecessor's case to continue here. */
export class CarryOverCaseDto {
  @ApiProperty({ example: 'region-sjaelland', description: 'A council this council succeeds' })
  @IsId()
  fromCouncilId!: string;

  @ApiProperty({ enum: CARRIED_KINDS })
  @IsIn(CARRIED_KINDS, { message: `kind must be one of ${CARRIED_KINDS.join(', ')}` })
  kind!: CarriedKind;

  @ApiProperty({ example: 'h-psykiatriplan', description: "The case's id; it keeps it here" })
  @IsId()
  caseId!: string;
}

import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Allow, ApiCreate, apiPath, CarriedFromResponse, CommandContext, WriteAnswer } from '@app/access';
import type { CommandMetadata } from '@app/kernel';
import { CaseCarrier } from './case-carrier';
import { CARRIED_KINDS, type CarriedKind, CarryOverCaseDto } from './carry-over-case.dto';

export class CarriedOverAnswer extends WriteAnswer {
  @ApiProperty({ enum: CARRIED_KINDS, description: 'Where the case answers now: `…/<kind>/<id>`' })
  kind!: CarriedKind;
  @ApiProperty({
    type: CarriedFromResponse,
    description: "The link back to the case's history in the predecessor",
  })
  carriedFrom!: CarriedFromResponse;
}

/**
 * Issue 18.3: the successor's secretariat carries a predecessor's open hearing or follow-up over,
 * one case at a time (which cases continue is the secretariat's call, not the engine's). The case
 * keeps its id, answers at `…/<kind>/:caseId` of this council, and is read-only in the predecessor.
 */
@ApiTags('councils')
@ApiBearerAuth()
@Controller('councils/:councilId/carried-over-cases')
export class CarryOverController {
  constructor(private readonly carrier: CaseCarrier) {}

  @Post()
  @Allow('secretary')
  @ApiCreate({
    summary: "Carry a predecessor's open hearing or follow-up over to this council, with its history",
    type: CarriedOverAnswer,
    location: ({ params }, answer) => apiPath('councils', params.councilId, answer.kind, answer.id),
  })
  async carry(
    @Param('councilId') councilId: string,
    @Body() dto: CarryOverCaseDto,
    @CommandContext() context: CommandMetadata,
  ): Promise<CarriedOverAnswer> {
    const carried = await this.carrier.carry(councilId, dto, context);
    return { ...carried, kind: dto.kind };
  }
}

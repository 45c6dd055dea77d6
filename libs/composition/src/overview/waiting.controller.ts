import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  Allow,
  ApiRead,
  CouncilOffices,
  CurrentActor,
  READ_ROLES,
  type CurrentActorValue,
} from '@app/access';
import { listMeetings } from '@app/councils';
import { ReadModelSql } from '@app/event-store';
import { listWaitingFor } from '@app/hearings';
import { Clock } from '@app/kernel';
import { WaitingResponse, type NextMeetingResponse } from './waiting.response';

/**
 * Issue 14, item 4: "Venter på mig" read from its read model (`waiting_for`, written with each
 * append) instead of folding every open hearing for each page load. Who holds the chair is read
 * from the council's record now, so the sign-off waits for the chair in office, whoever held it
 * when the draft went out. Everyone who reads the council may ask; each gets only her own items.
 */
@ApiTags('councils')
@ApiBearerAuth()
@Controller('councils/:councilId/waiting')
export class WaitingController {
  constructor(
    private readonly readModels: ReadModelSql,
    private readonly offices: CouncilOffices,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiRead({
    summary: "What waits for the caller: input, approvals, the chair's sign-off, and the next meeting",
    type: WaitingResponse,
  })
  @Allow(...READ_ROLES)
  async waiting(
    @Param('councilId') councilId: string,
    @CurrentActor() caller: CurrentActorValue,
  ): Promise<WaitingResponse> {
    const holders = await this.offices.holders(councilId);
    const holdsChair = holders?.chairPersonId !== undefined && holders.chairPersonId === caller.personId;
    const [items, meetings] = await Promise.all([
      listWaitingFor(this.readModels, councilId, caller.personId, holdsChair),
      listMeetings(this.readModels, councilId),
    ]);
    const now = this.clock.now().getTime();
    // A cancelled meeting is not the next one, nor one whose date is still to follow.
    const next = meetings
      .filter((m) => !m.cancelled && m.startsAt !== null && Date.parse(m.startsAt) > now)
      .sort((a, b) => Date.parse(a.startsAt!) - Date.parse(b.startsAt!))[0];
    const nextMeeting: NextMeetingResponse | undefined = next && {
      id: next.id,
      startsAt: next.startsAt!,
      place: next.place,
    };
    return { items, ...(nextMeeting && { nextMeeting }) };
  }
}

import { Controller, Get, Param } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, ApiRead, READ_ROLES } from '@app/access';
import { BudgetCyclesController, BudgetProposalsController } from '@app/budget';
import { MeetingsController } from '@app/councils';
import { FollowUpsController } from '@app/follow-ups';
import { CLOSED_STATUSES, HearingsController } from '@app/hearings';
import { OverviewResponse } from './overview.response';

/**
 * Issue 19, item 8: the overview made seven and more requests, the open hearings' only after the
 * list had come (median 880 ms to the first due item). Here the server asks its own routes, in
 * parallel and without HTTP between them, so each part is exactly what its route answers and the
 * page waits for one round trip. Everyone who reads the council may read every part.
 */
@ApiTags('councils')
@ApiBearerAuth()
@Controller('councils/:councilId/overview')
export class OverviewController {
  constructor(private readonly modules: ModuleRef) {}

  private route<T>(type: new (...args: never[]) => T): T {
    return this.modules.get(type, { strict: false });
  }

  @Get()
  @ApiRead({
    summary: 'What is due: open hearings in full, proposals, budget cycles, follow-ups and meetings',
    type: OverviewResponse,
  })
  @Allow(...READ_ROLES)
  async overview(@Param('councilId') councilId: string): Promise<OverviewResponse> {
    const hearings = this.route(HearingsController);
    const [list, proposals, cycles, followUps, meetings] = await Promise.all([
      hearings.list(councilId, {}),
      this.route(BudgetProposalsController).list(councilId, {}),
      this.route(BudgetCyclesController).list(councilId),
      this.route(FollowUpsController).list(councilId, {}),
      this.route(MeetingsController).list(councilId),
    ]);
    const openHearings = await Promise.all(
      list.filter((h) => !CLOSED_STATUSES.includes(h.status)).map((h) => hearings.get(councilId, h.id)),
    );
    // Each part is its route's own answer, documented by that route's class; the views type a
    // few fields looser than the classes do (a fold's "not yet" state), as the routes do.
    return { openHearings, proposals, cycles, followUps: followUps.items, meetings } as OverviewResponse;
  }
}

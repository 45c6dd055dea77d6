import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, ApiRead, READ_ROLES } from '@app/access';
import { CaseHistoryService, type CaseHistory } from './case/case-history.service';
import { CaseChainService, type CaseChain } from './chain/case-chain.service';
import { CaseChainResponse, CaseHistoryResponse, TimelinePageResponse } from './dto/history.response';
import { TimelineQueryDto } from './dto/timeline-query.dto';
import { TimelineService, type TimelinePage } from './timeline/timeline.service';

/**
 * Issue 7's reading routes. Everyone with a role in the council reads its history (issue 3);
 * `:kind` is any registered URL segment, so new kinds need no route here.
 */
@ApiTags('history')
@ApiBearerAuth()
@Controller('councils/:councilId')
@Allow(...READ_ROLES)
export class HistoryController {
  constructor(
    @Inject(CaseHistoryService) private readonly histories: CaseHistoryService,
    @Inject(CaseChainService) private readonly chains: CaseChainService,
    @Inject(TimelineService) private readonly timelines: TimelineService,
  ) {}

  @Get('timeline')
  @ApiRead({
    summary: "The council's events in recorded order, with one-line descriptions, paged",
    type: TimelinePageResponse,
  })
  timeline(@Param('councilId') councilId: string, @Query() query: TimelineQueryDto): Promise<TimelinePage> {
    return this.timelines.page(councilId, {
      ...(query.from !== undefined && { from: Date.parse(query.from) }),
      ...(query.to !== undefined && { to: Date.parse(query.to) }),
      ...(query.kinds !== undefined && { kinds: query.kinds.split(',') }),
      ...(query.after !== undefined && { after: query.after }),
      ...(query.limit !== undefined && { limit: query.limit }),
    });
  }

  @Get('history')
  @ApiRead({
    summary: "The council's own events: members, chair, secretaries, meeting plans",
    type: CaseHistoryResponse,
  })
  councilHistory(@Param('councilId') councilId: string): Promise<CaseHistory> {
    return this.histories.history(councilId, 'councils', councilId);
  }

  @Get(':kind/:id/history')
  @ApiRead({
    summary: "One case's events in order: who did what, when, described",
    type: CaseHistoryResponse,
  })
  history(
    @Param('councilId') councilId: string,
    @Param('kind') kind: string,
    @Param('id') id: string,
  ): Promise<CaseHistory> {
    return this.histories.history(councilId, kind, id);
  }

  @Get(':kind/:id/chain')
  @ApiRead({ summary: 'What the case came from and what it led to, transitively', type: CaseChainResponse })
  chain(
    @Param('councilId') councilId: string,
    @Param('kind') kind: string,
    @Param('id') id: string,
  ): Promise<CaseChain> {
    return this.chains.chain(councilId, kind, id);
  }
}

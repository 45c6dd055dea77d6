import { Controller, Get, Headers, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Allow, ApiRead, CurrentActor, type CurrentActorValue, READ_ROLES } from '@app/access';
import { parseAsOf } from './as-of/point-in-time';
import { CaseHistoryService, type CaseHistory } from './case/case-history.service';
import { CaseChainService, type CaseChain } from './chain/case-chain.service';
import { CaseChainResponse, CaseHistoryResponse, TimelinePageResponse } from './dto/history.response';
import { TimelineQueryDto } from './dto/timeline-query.dto';
import { ApiAcceptLanguage, answerLanguage, type LanguageResponse } from './language/answer-language';
import { TimelineService, type TimelinePage } from './timeline/timeline.service';

const AS_OF =
  'As it stood at this time (ISO 8601 with an offset); the answer echoes it with the revision shown';

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
  @ApiAcceptLanguage()
  async timeline(
    @Param('councilId') councilId: string,
    @Query() query: TimelineQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @CurrentActor() reader: CurrentActorValue,
    @Res({ passthrough: true }) response: LanguageResponse,
  ): Promise<TimelinePage> {
    const councils =
      query.includePredecessors === 'true' ? await this.timelines.lineage(councilId) : undefined;
    return this.timelines.page(councilId, {
      reader,
      ...(councils && { councils }),
      language: answerLanguage(acceptLanguage, response),
      ...(query.from !== undefined && { from: Date.parse(query.from) }),
      ...(query.to !== undefined && { to: Date.parse(query.to) }),
      ...(query.kinds !== undefined && { kinds: query.kinds.split(',') }),
      ...(query.caseId !== undefined && { caseId: query.caseId }),
      ...(query.person !== undefined && { person: query.person }),
      ...(query.after !== undefined && { after: query.after }),
      ...(query.limit !== undefined && { limit: query.limit }),
      ...(query.asOf !== undefined && { asOf: Date.parse(query.asOf) }),
    });
  }

  @Get('history')
  @ApiRead({
    summary: "The council's own events: members, chair, secretaries, meeting plans",
    type: CaseHistoryResponse,
  })
  @ApiQuery({ name: 'asOf', required: false, description: AS_OF })
  @ApiQuery({ name: 'time', required: false, enum: ['recorded', 'occurred'] })
  @ApiAcceptLanguage()
  councilHistory(
    @Param('councilId') councilId: string,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) response: LanguageResponse,
    @Query('asOf') asOf?: string,
    @Query('time') time?: string,
  ): Promise<CaseHistory> {
    const language = answerLanguage(acceptLanguage, response);
    return this.histories.history(councilId, 'councils', councilId, parseAsOf({ asOf, time }), language);
  }

  @Get(':kind/:id/history')
  @ApiRead({
    summary: "One case's events in order: who did what, when, described",
    type: CaseHistoryResponse,
  })
  @ApiQuery({ name: 'asOf', required: false, description: AS_OF })
  @ApiQuery({ name: 'time', required: false, enum: ['recorded', 'occurred'] })
  @ApiAcceptLanguage()
  history(
    @Param('councilId') councilId: string,
    @Param('kind') kind: string,
    @Param('id') id: string,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @CurrentActor() reader: CurrentActorValue,
    @Res({ passthrough: true }) response: LanguageResponse,
    @Query('asOf') asOf?: string,
    @Query('time') time?: string,
  ): Promise<CaseHistory> {
    const language = answerLanguage(acceptLanguage, response);
    return this.histories.history(councilId, kind, id, parseAsOf({ asOf, time }), language, reader);
  }

  @Get(':kind/:id/chain')
  @ApiRead({ summary: 'What the case came from and what it led to, transitively', type: CaseChainResponse })
  @ApiQuery({ name: 'asOf', required: false, description: AS_OF })
  @ApiQuery({ name: 'time', required: false, enum: ['recorded', 'occurred'] })
  chain(
    @Param('councilId') councilId: string,
    @Param('kind') kind: string,
    @Param('id') id: string,
    @Query('asOf') asOf?: string,
    @Query('time') time?: string,
  ): Promise<CaseChain> {
    return this.chains.chain(councilId, kind, id, parseAsOf({ asOf, time }));
  }
}

import { Module } from '@nestjs/common';
import { Projections, ProjectionsModule, ReadModelSql } from '@app/event-store';
import { LiveEventsController } from './live-events.controller';
import { LIVE_SOURCE, liveSource } from './live-source';

/** Issue 19, item 7: the council's events streamed to the pages. */
@Module({
  imports: [ProjectionsModule],
  controllers: [LiveEventsController],
  providers: [{ provide: LIVE_SOURCE, useFactory: liveSource, inject: [ReadModelSql, Projections] }],
})
export class LiveModule {}

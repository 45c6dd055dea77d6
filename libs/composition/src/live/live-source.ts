import { Projections, ReadModelSql } from '@app/event-store';
import { TimelineService } from '@app/history';
import type { LiveSource } from './live-stream';

export const LIVE_SOURCE = Symbol('LIVE_SOURCE');

/** The live stream's reading of the timeline, and the read models' progress as its wake-up. */
export function liveSource(sql: ReadModelSql, projections: Projections): LiveSource {
  const timeline = new TimelineService(sql);
  return {
    after: (councilId, after) => timeline.page(councilId, { after, limit: 200 }),
    last: (councilId) => timeline.lastPosition(councilId),
    applied: () => Math.min(...Object.values(projections.status()).map((p) => p.position)),
    movedPast: (position, ms) => projections.waitFor(position + 1, ms).catch(() => undefined),
  };
}

import { Projections, ReadModelSql } from '@app/event-store';
import { CaseKindRegistry, TimelineService } from '@app/history';
import { FEATURE_CASE_KINDS } from '../feature-registry';
import type { LiveSource } from './live-stream';

export const LIVE_SOURCE = Symbol('LIVE_SOURCE');

/** The live stream's reading of the timeline, and the read models' progress as its wake-up. */
export function liveSource(sql: ReadModelSql, projections: Projections): LiveSource {
  // The kinds' rules on what a reader may see (issue 17.3): a line about a closed item says no more
  // to an evaluator live than the timeline does.
  const timeline = new TimelineService(sql, new CaseKindRegistry(FEATURE_CASE_KINDS));
  return {
    after: (councilId, after, reader) => timeline.page(councilId, { after, limit: 200, reader }),
    last: (councilId) => timeline.lastPosition(councilId),
    applied: () => Math.min(...Object.values(projections.status()).map((p) => p.position)),
    movedPast: (position, ms) => projections.waitFor(position + 1, ms).catch(() => undefined),
  };
}

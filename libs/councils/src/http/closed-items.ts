import type { CaseLocator } from '@app/event-store';
import type { Actor } from '@app/kernel';
import {
  listedActionPointsForReader,
  readsClosedItems,
  type ListedActionPoint,
} from '../meeting/closed-items.rules';
import { meetingDescriptor } from '../meeting/meeting.descriptor';

/**
 * The council's listed action points as `reader` may see them (closed-items.rules): the meetings
 * they come from are read only for a reader outside the council, to learn which items are closed.
 */
export async function actionPointsForReader<P extends ListedActionPoint>(
  cases: CaseLocator,
  councilId: string,
  points: P[],
  reader: Pick<Actor, 'role'>,
): Promise<P[]> {
  if (readsClosedItems(reader) || points.length === 0) return points;
  const closed = new Set<string>();
  for (const meetingId of new Set(points.map((p) => p.meetingId))) {
    const { state } = await cases.aggregateStream(meetingDescriptor, councilId, meetingId);
    for (const item of state.agenda) if (item.open === false) closed.add(`${meetingId}/${item.itemId}`);
  }
  return listedActionPointsForReader(points, reader, closed);
}

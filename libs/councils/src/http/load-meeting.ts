import type { CaseLocator } from '@app/event-store';
import { NotFoundError } from '@app/kernel';
import { meetingDescriptor } from '../meeting/meeting.descriptor';
import type { MeetingState } from '../meeting/meeting.state';

/** A meeting of the council as it stands, or 404 (a meeting id under another council's URL is not found there). */
export async function loadMeeting(
  cases: CaseLocator,
  councilId: string,
  meetingId: string,
): Promise<MeetingState> {
  const { state } = await cases.aggregateStream(meetingDescriptor, councilId, meetingId);
  if (!state.exists || state.councilId !== councilId)
    throw new NotFoundError(`meeting ${meetingId} not found`);
  return state;
}

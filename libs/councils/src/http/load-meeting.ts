import type { CaseLocator } from '@app/event-store';
import { fold, NotFoundError } from '@app/kernel';
import { meetingDecider } from '../meeting/meeting.decider';
import type { MeetingEvent } from '../meeting/meeting.events';
import type { MeetingState } from '../meeting/meeting.state';
import { MEETING_CATEGORY } from '../common/stream-ids';

/** A meeting of the council as it stands, or 404 (a meeting id under another council's URL is not found there). */
export async function loadMeeting(
  cases: CaseLocator,
  councilId: string,
  meetingId: string,
): Promise<MeetingState> {
  const history = await cases.read(MEETING_CATEGORY, councilId, meetingId);
  const state = fold(meetingDecider, history as unknown as MeetingEvent[]);
  if (!state.exists || state.councilId !== councilId)
    throw new NotFoundError(`meeting ${meetingId} not found`);
  return state;
}

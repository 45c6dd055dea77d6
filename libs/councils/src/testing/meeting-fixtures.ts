import type { MeetingEvent } from '../meeting/meeting.events';

/** Seed 003's meeting (29 January 2026, 16:30) as scheduled, for the meeting specs. */
export function scheduledMeeting(reminderOffsets: string[] = []): MeetingEvent {
  return {
    type: 'MeetingScheduled',
    data: {
      meetingId: 'sj-2026-1',
      councilId: 'udsatte-h',
      kind: 'ordinary',
      startsAt: '2026-01-29T16:30:00+01:00',
      reminderOffsets,
    },
  };
}

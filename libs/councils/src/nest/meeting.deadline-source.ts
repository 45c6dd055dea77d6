import { type Command, type DomainEvent, InvalidInputError } from '@app/kernel';
import type { DeadlineSource } from '@app/scheduling';
import type { MeetingCommand } from '../meeting/meeting.commands';
import { meetingDeadlines } from '../meeting/meeting.deadlines';
import type { MeetingEvent } from '../meeting/meeting.events';
import { evolveMeeting, initialMeetingState, type MeetingState } from '../meeting/meeting.state';
import { MeetingMessage } from './meeting.message';

/** Meetings are the councils lib's only deadline source: the council itself has no dates to keep. */
export const meetingDeadlineSource: DeadlineSource<MeetingState> = {
  category: 'meeting',
  initialState: initialMeetingState,
  evolve: (state: MeetingState, event: DomainEvent) => evolveMeeting(state, event as MeetingEvent),
  deadlines: meetingDeadlines,
  toMessage(streamId: string, command: Command): MeetingMessage {
    if (command.type !== 'IssueMeetingReminders') {
      throw new InvalidInputError(`${command.type} is not a scheduled meeting command`, 'type');
    }
    return new MeetingMessage(streamId, command as MeetingCommand);
  },
};

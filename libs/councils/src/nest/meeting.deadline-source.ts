import { type Command, type DomainEvent, InvalidInputError } from '@app/kernel';
import type { DeadlineSource } from '@app/scheduling';
import type { MeetingCommand } from '../meeting/meeting.commands';
import { meetingDeadlines } from '../meeting/meeting.deadlines';
import type { MeetingEvent } from '../meeting/meeting.events';
import { evolveMeeting, initialMeetingState, type MeetingState } from '../meeting/meeting.state';
import { MeetingMessage } from './meeting.message';

/** A meeting's reminders and minutes deadline; the council's own dates are `councilDeadlineSource`'s. */
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

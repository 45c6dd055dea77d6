import { AggregateMessage } from '@app/event-store';
import type { MeetingCommand } from '../meeting/meeting.commands';

export class MeetingMessage extends AggregateMessage<MeetingCommand> {}

import { CommandHandler } from '@nestjs/cqrs';
import { AggregateMessageHandler, CommandExecutor, type ExecuteResult, EventStore } from '@app/event-store';
import { fold } from '@app/kernel';
import { CouncilDirectory } from '../directory/council-directory';
import type { MeetingCommand } from '../meeting/meeting.commands';
import { meetingDecider } from '../meeting/meeting.decider';
import type { MeetingEvent } from '../meeting/meeting.events';
import type { MeetingState } from '../meeting/meeting.state';
import { MeetingMessage } from './meeting.message';

/**
 * A reminder names its recipients from the council as it is when the reminder fires (members
 * appointed since the meeting was planned are reminded too), so the handler looks them up and
 * the decider stays pure.
 */
@CommandHandler(MeetingMessage)
export class MeetingHandler extends AggregateMessageHandler<MeetingCommand, MeetingEvent, MeetingState> {
  constructor(
    executor: CommandExecutor,
    private readonly store: EventStore,
    private readonly directory: CouncilDirectory,
  ) {
    super(executor, meetingDecider);
  }

  override async execute(message: MeetingMessage): Promise<ExecuteResult<MeetingEvent>> {
    const command = message.command;
    if (command.type !== 'IssueMeetingReminders' || command.data.recipients !== undefined) {
      return super.execute(message);
    }
    const history = await this.store.readStream(message.streamId);
    const meeting = fold(meetingDecider, history as unknown as MeetingEvent[]);
    if (!meeting.exists) return super.execute(message);
    const council = await this.directory.get(meeting.councilId);
    const recipients =
      command.data.deadline === 'meeting'
        ? council.members.map((m) => m.personId)
        : council.secretaries.map((s) => s.personId);
    return super.execute(
      new MeetingMessage(
        message.streamId,
        { ...command, data: { ...command.data, recipients } },
        message.options,
      ),
    );
  }
}

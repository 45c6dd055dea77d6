import { CommandHandler } from '@nestjs/cqrs';
import { AggregateMessageHandler, CommandExecutor, EventStore, type ExecuteResult } from '@app/event-store';
import { CouncilDirectory } from '@app/councils';
import { InvalidInputError } from '@app/kernel';
import type { HearingCommand } from '../domain/hearing.commands';
import { hearingDecider } from '../domain/hearing.decider';
import type { HearingEvent } from '../domain/hearing.events';
import type { HearingState } from '../domain/hearing.state';
import { councilContextOf } from './council-context';
import { HearingMessage } from './hearing.message';

/**
 * load -> fold -> decide -> append for hearings. Two enrichments keep the decider pure: opening
 * loads the council (calendar, offsets, members, chair, secretaries), and a scheduler command,
 * which knows only the stream, gets the hearing's council so its events are filed under it, a
 * reminder or an invitation gets the council's current members, so nobody who has resigned is
 * reminded or invited, and a sign-off gets the chair the council's record names now.
 */
@CommandHandler(HearingMessage)
export class HearingMessageHandler extends AggregateMessageHandler<
  HearingCommand,
  HearingEvent,
  HearingState
> {
  constructor(
    executor: CommandExecutor,
    private readonly councils: CouncilDirectory,
    private readonly store: EventStore,
  ) {
    super(executor, hearingDecider);
  }

  override async execute(message: HearingMessage): Promise<ExecuteResult<HearingEvent>> {
    const command = await this.enrich(message.streamId, message.command);
    return this.executor.execute(this.decider, message.streamId, command, message.options);
  }

  private async enrich(streamId: string, command: HearingCommand): Promise<HearingCommand> {
    if (command.type === 'OpenHearing') {
      const councilId = command.metadata.councilId;
      if (!councilId) throw new InvalidInputError('a hearing is opened within a council', 'councilId');
      const profile = await this.councils.get(councilId);
      return { ...command, data: { ...command.data, council: councilContextOf(profile) } };
    }
    let enriched = command;
    if (enriched.metadata.councilId === undefined) {
      const [first] = await this.store.readStream(streamId, { maxCount: 1 });
      const councilId = first?.metadata.councilId;
      if (councilId !== undefined) enriched = { ...enriched, metadata: { ...enriched.metadata, councilId } };
    }
    if (enriched.type === 'InviteHearingMembers' && enriched.metadata.councilId !== undefined) {
      const profile = await this.councils.get(enriched.metadata.councilId);
      enriched = { ...enriched, data: { ...enriched.data, council: councilContextOf(profile) } };
    }
    if (enriched.type === 'SignOffHearingResponse' && enriched.metadata.councilId !== undefined) {
      const { chairPersonId } = await this.councils.get(enriched.metadata.councilId);
      enriched = { ...enriched, data: { ...(chairPersonId !== undefined && { chairPersonId }) } };
    }
    if (enriched.type === 'IssueHearingReminders' && enriched.metadata.councilId !== undefined) {
      const profile = await this.councils.get(enriched.metadata.councilId);
      const currentMembers = profile.members.map((m) => m.personId);
      enriched = { ...enriched, data: { ...enriched.data, currentMembers } };
    }
    return enriched;
  }
}

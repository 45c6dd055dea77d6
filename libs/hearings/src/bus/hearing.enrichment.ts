import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AggregateEnrichments, CaseLocator, EventStore } from '@app/event-store';
import { CouncilDirectory, meetingDescriptor } from '@app/councils';
import { InvalidInputError, withBusinessDate } from '@app/kernel';
import type { HearingCommand } from '../domain/hearing.commands';
import { hearingDescriptor } from '../domain/hearing.descriptor';
import type { MeetingFacts } from '../domain/recorded-on-behalf';
import { councilContextOf } from './council-context';

/**
 * What a hearing command needs from outside its stream, added inside the executor's retry loop so
 * the decider stays pure: opening
 * loads the council (calendar, offsets, members, chair, secretaries); a scheduler command, which
 * knows only the stream, gets the hearing's council so its events are filed under it; a reminder,
 * an invitation, an approval request and a sign-off get the council as it is now, so nobody who
 * has resigned is asked or reminded and the chair the record names is reminded (and signs); and
 * input or an answer given at a meeting gets that meeting from the council's own stream of it, so
 * only a meeting that exists and is the council's counts.
 */
@Injectable()
export class HearingEnrichment implements OnModuleInit {
  constructor(
    private readonly enrichments: AggregateEnrichments,
    private readonly councils: CouncilDirectory,
    private readonly store: EventStore,
    private readonly cases: CaseLocator,
  ) {}

  onModuleInit(): void {
    this.enrichments.register(hearingDescriptor, {
      enrich: (command, { streamId }) => this.enrich(streamId, command),
    });
  }

  private async enrich(streamId: string, given: HearingCommand): Promise<HearingCommand> {
    // Issue 18.1: a hearing received, or a response sent, before it was typed in happened then, so
    // the timeline shows it as recorded later and the report counts it in its own year.
    const command =
      given.type === 'OpenHearing'
        ? withBusinessDate(given, given.data.receivedAt)
        : given.type === 'SubmitHearingResponse'
          ? withBusinessDate(given, given.data.submittedAt)
          : given;
    if (command.type === 'OpenHearing') {
      const councilId = command.metadata.councilId;
      if (!councilId) throw new InvalidInputError('a hearing is opened within a council', 'councilId');
      const profile = await this.councils.get(councilId);
      return { ...command, data: { ...command.data, council: councilContextOf(profile) } };
    }
    if (command.type === 'CarryCaseIn') {
      // Issue 18.3: the successor's members, chair and secretaries take the hearing on.
      const council = councilContextOf(await this.councils.get(command.metadata.councilId ?? ''));
      const arrival = {
        invited: council.memberIds,
        ...(council.chairPersonId !== undefined && { chairPersonId: council.chairPersonId }),
        secretaries: council.secretaryIds,
      };
      return { ...command, data: { ...command.data, arrival } };
    }
    let enriched: HearingCommand = command;
    if (enriched.metadata.councilId === undefined) {
      const [first] = await this.store.readStream(streamId, { maxCount: 1 });
      const councilId = first?.metadata.councilId;
      if (councilId !== undefined) enriched = { ...enriched, metadata: { ...enriched.metadata, councilId } };
    }
    const councilId = enriched.metadata.councilId;
    if (
      (enriched.type === 'InviteHearingMembers' ||
        enriched.type === 'RequestHearingApproval' ||
        enriched.type === 'SignOffHearingResponse' ||
        enriched.type === 'IssueHearingReminders') &&
      councilId !== undefined
    ) {
      const council = councilContextOf(await this.councils.get(councilId));
      if (enriched.type === 'IssueHearingReminders') {
        enriched = { ...enriched, data: { ...enriched.data, currentMembers: council.memberIds, council } };
      } else {
        enriched = { ...enriched, data: { ...enriched.data, council } } as HearingCommand;
      }
    }
    if (enriched.type === 'SubmitHearingInput' || enriched.type === 'AnswerHearingApproval') {
      // Whatever `meeting` the caller sent is dropped: only the meeting's own stream says it exists.
      const { meeting: _ignored, ...data } = enriched.data;
      const meeting =
        data.meetingId === undefined || councilId === undefined
          ? undefined
          : await this.meeting(councilId, data.meetingId);
      enriched = { ...enriched, data: { ...data, ...(meeting && { meeting }) } } as HearingCommand;
    }
    return enriched;
  }

  /** A meeting of another council reads as none: `CaseLocator` finds only the council's own. */
  private async meeting(councilId: string, meetingId: string): Promise<MeetingFacts | undefined> {
    const { state: meeting } = await this.cases.aggregateStream(meetingDescriptor, councilId, meetingId);
    if (!meeting.exists) return undefined;
    return { meetingId: meeting.meetingId, councilId: meeting.councilId, startsAt: meeting.startsAt };
  }
}

import { Injectable } from '@nestjs/common';
import { AggregateWriter, CaseLocator, ReadModelSql, type SendAnswer } from '@app/event-store';
import type { CommandMetadata } from '@app/kernel';
import type { DecideAgendaItem, MeetingCommand } from '../meeting/meeting.commands';
import { meetingDescriptor } from '../meeting/meeting.descriptor';
import { meetingDecider } from '../meeting/meeting.decider';
import type { MeetingState } from '../meeting/meeting.state';
import { loadMeeting } from './load-meeting';
import { listMeetings } from '../read-model/meeting-list.projection';

/**
 * A decision on an item of kind "approval of the previous minutes" approves those minutes: the
 * item's `minutesOf`, or else the council's meeting before this one (not cancelled). The decision
 * is tried on this meeting's state first and the previous minutes are approved before it is
 * recorded, so a refusal of either (an item there not dealt with, named) changes nothing; both
 * writes are idempotent, so a retry completes the work.
 */
@Injectable()
export class MinutesApprover {
  constructor(
    private readonly writer: AggregateWriter,
    private readonly cases: CaseLocator,
    private readonly sql: ReadModelSql,
  ) {}

  async decide(
    meetingId: string,
    data: DecideAgendaItem['data'],
    metadata: CommandMetadata,
    expectedRevision?: number,
  ): Promise<SendAnswer> {
    const councilId = metadata.councilId ?? '';
    const meeting = await this.load(councilId, meetingId);
    const item = meeting.agenda.find((i) => i.itemId === data.itemId);
    const decide: DecideAgendaItem = { type: 'DecideAgendaItem', data, metadata };
    if (item?.kind === 'previous-minutes-approval' && item.decision === undefined) {
      // The business time of both is the meeting's, as the handler dates a decision.
      const at = { ...metadata, occurredAt: metadata.occurredAt ?? meeting.startsAt };
      meetingDecider.decide({ ...decide, metadata: at }, meeting);
      const previous = item.minutesOf ?? (await this.previousMeeting(councilId, meeting));
      if (previous !== undefined) {
        const byMeeting = { meetingId, itemId: item.itemId };
        await this.send(previous, { type: 'ApproveMinutes', data: { byMeeting }, metadata: at });
      }
    }
    return this.send(meetingId, decide, expectedRevision);
  }

  private async previousMeeting(councilId: string, meeting: MeetingState): Promise<string | undefined> {
    if (!meeting.startsAt) return undefined;
    const rows = await listMeetings(this.sql, councilId);
    const before = rows.filter(
      (m) =>
        m.id !== meeting.meetingId &&
        m.startsAt !== null &&
        Date.parse(m.startsAt) < Date.parse(meeting.startsAt) &&
        !m.cancelled,
    );
    return before.at(-1)?.id;
  }

  private load(councilId: string, meetingId: string): Promise<MeetingState> {
    return loadMeeting(this.cases, councilId, meetingId);
  }

  private async send(
    meetingId: string,
    command: MeetingCommand,
    expectedRevision?: number,
  ): Promise<SendAnswer> {
    return this.writer.send(meetingDescriptor, meetingId, command, { expectedRevision });
  }
}

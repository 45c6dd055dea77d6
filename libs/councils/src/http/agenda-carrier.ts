import { Injectable } from '@nestjs/common';
import { AggregateWriter, CaseLocator, ReadModelSql } from '@app/event-store';
import type { CommandMetadata } from '@app/kernel';
import type { MeetingCommand } from '../meeting/meeting.commands';
import { meetingDescriptor } from '../meeting/meeting.descriptor';
import type { MeetingState } from '../meeting/meeting.state';
import { loadMeeting } from './load-meeting';
import { listMeetings } from '../read-model/meeting-list.projection';

/**
 * Udsat: a postponed item goes onto the next meeting's agenda by itself, keeping its fields and a
 * link back (`postponedFrom`). The next meeting is the council's first one after this, not
 * cancelled and with its minutes still open. The postponement is recorded first (the decider
 * refuses a decided item), then the item is added there; both are idempotent, so a retry after a
 * crash between the two completes the work.
 */
@Injectable()
export class AgendaCarrier {
  constructor(
    private readonly writer: AggregateWriter,
    private readonly cases: CaseLocator,
    private readonly sql: ReadModelSql,
  ) {}

  async postpone(
    meetingId: string,
    itemId: string,
    reason: string,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ) {
    const councilId = metadata.councilId ?? '';
    const from = await this.load(councilId, meetingId);
    const item = from.agenda.find((i) => i.itemId === itemId);
    const next = await this.nextMeeting(councilId, from);
    const carriedTo = item?.postponed ? item.postponed.carriedTo : next?.meetingId;
    const data = { itemId, reason, ...(carriedTo !== undefined && { carriedTo }) };
    const result = await this.send(
      meetingId,
      { type: 'PostponeAgendaItem', data, metadata },
      expectedRevision,
    );
    if (!item || carriedTo === undefined) return { id: itemId, revision: result.revision, carriedTo: null };
    const there = await this.load(councilId, carriedTo);
    const carried = there.agenda.find(
      (i) => i.postponedFrom?.meetingId === meetingId && i.postponedFrom.itemId === itemId,
    );
    if (!carried) {
      const { decision: _d, absent: _a, postponed: _p, corrections: _c, ...fields } = item;
      const taken = there.agenda.some((i) => i.itemId === itemId);
      const newId = taken ? `${meetingId}.${itemId}` : itemId;
      await this.send(carriedTo, {
        type: 'AddAgendaItem',
        data: { ...fields, itemId: newId, postponedFrom: { meetingId, itemId } },
        metadata,
      });
    }
    return { id: itemId, revision: result.revision, carriedTo };
  }

  private async nextMeeting(councilId: string, from: MeetingState) {
    if (!from.startsAt) return undefined;
    const rows = await listMeetings(this.sql, councilId);
    const next = rows.find(
      (m) =>
        m.id !== from.meetingId &&
        m.startsAt !== null &&
        Date.parse(m.startsAt) > Date.parse(from.startsAt) &&
        !m.cancelled &&
        !m.minutesApproved,
    );
    return next && { meetingId: next.id };
  }

  private load(councilId: string, meetingId: string): Promise<MeetingState> {
    return loadMeeting(this.cases, councilId, meetingId);
  }

  private send(meetingId: string, command: MeetingCommand, expectedRevision?: number) {
    return this.writer.send(meetingDescriptor, meetingId, command, { expectedRevision });
  }
}

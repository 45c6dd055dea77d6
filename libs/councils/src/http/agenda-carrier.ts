import { Injectable } from '@nestjs/common';
import { AggregateWriter, CaseLocator, ReadModelSql } from '@app/event-store';
import type { CommandMetadata } from '@app/kernel';
import type { MeetingCommand } from '../meeting/meeting.commands';
import { meetingDescriptor } from '../meeting/meeting.descriptor';
import type { MeetingState } from '../meeting/meeting.state';
import { loadMeeting } from './load-meeting';
import { listMeetings, type MeetingListRow } from '../read-model/meeting-list.projection';

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
    await this.addThere(councilId, meetingId, item, carriedTo, metadata);
    return { id: itemId, revision: result.revision, carriedTo };
  }

  /**
   * A meeting added or dated later is the next meeting of the council's earlier meetings whose
   * postponed items had none to go to: those items are carried onto it now, as they would have
   * been had it existed (where it went recorded first, on the meeting it was postponed at, then
   * the item added here; both idempotent). Only the meetings it is now the next one after are read.
   * Answers the meeting's revision after the last item added, if any was.
   */
  async carryPending(
    councilId: string,
    meetingId: string,
    metadata: CommandMetadata,
  ): Promise<number | undefined> {
    const rows = await listMeetings(this.sql, councilId);
    const target = rows.find((m) => m.id === meetingId);
    if (!target?.startsAt || target.cancelled || target.minutesApproved) return undefined;
    let revision: number | undefined;
    const before = rows.filter(
      (m) =>
        m.id !== meetingId &&
        m.startsAt !== null &&
        Date.parse(m.startsAt) < Date.parse(target.startsAt ?? ''),
    );
    const at = { ...metadata, councilId };
    for (const from of before) {
      if (from.cancelled || nextOf(rows, from.id, from.startsAt ?? '')?.id !== meetingId) continue;
      const state = await this.load(councilId, from.id);
      for (const item of state.agenda) {
        if (!item.postponed || item.postponed.carriedTo !== undefined) continue;
        const data = { itemId: item.itemId, carriedTo: meetingId };
        await this.writer.send(meetingDescriptor, from.id, {
          type: 'CarryPostponedItem',
          data,
          metadata: at,
        });
        revision = (await this.addThere(councilId, from.id, item, meetingId, at)) ?? revision;
      }
    }
    return revision;
  }

  /** The postponed item added to the meeting it was carried to, once, with a link back. */
  private async addThere(
    councilId: string,
    meetingId: string,
    item: MeetingState['agenda'][number],
    carriedTo: string,
    metadata: CommandMetadata,
  ): Promise<number | undefined> {
    const itemId = item.itemId;
    const there = await this.load(councilId, carriedTo);
    const carried = there.agenda.find(
      (i) => i.postponedFrom?.meetingId === meetingId && i.postponedFrom.itemId === itemId,
    );
    if (carried) return undefined;
    const { decision: _d, absent: _a, postponed: _p, corrections: _c, ...fields } = item;
    const taken = there.agenda.some((i) => i.itemId === itemId);
    const newId = taken ? `${meetingId}.${itemId}` : itemId;
    const added = await this.send(carriedTo, {
      type: 'AddAgendaItem',
      data: { ...fields, itemId: newId, postponedFrom: { meetingId, itemId } },
      metadata,
    });
    return added.revision;
  }

  private async nextMeeting(councilId: string, from: MeetingState) {
    if (!from.startsAt) return undefined;
    const next = nextOf(await listMeetings(this.sql, councilId), from.meetingId, from.startsAt);
    return next && { meetingId: next.id };
  }

  private load(councilId: string, meetingId: string): Promise<MeetingState> {
    return loadMeeting(this.cases, councilId, meetingId);
  }

  private send(meetingId: string, command: MeetingCommand, expectedRevision?: number) {
    return this.writer.send(meetingDescriptor, meetingId, command, { expectedRevision });
  }
}

/** The council's next meeting after one: the first dated after it, not cancelled, its minutes open. */
function nextOf(rows: MeetingListRow[], meetingId: string, startsAt: string): MeetingListRow | undefined {
  return rows.find(
    (m) =>
      m.id !== meetingId &&
      m.startsAt !== null &&
      Date.parse(m.startsAt) > Date.parse(startsAt) &&
      !m.cancelled &&
      !m.minutesApproved,
  );
}

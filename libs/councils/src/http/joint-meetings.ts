import { Injectable } from '@nestjs/common';
import { AggregateWriter, CaseLocator } from '@app/event-store';
import { InvalidStateError, NotFoundError } from '@app/kernel';
import { CouncilDirectory } from '../directory/council-directory';
import type { CancelMeeting, MoveMeeting } from '../meeting/meeting.commands';
import { meetingDescriptor } from '../meeting/meeting.descriptor';
import type { MeetingState } from '../meeting/meeting.state';
import { meetingView, openItemsOf } from '../meeting/meeting.view';

/**
 * A joint meeting (seed 003 item 6: with Region Hovedstaden's council, 5 March 2026) is one copy
 * per council, each a case of its council: its own agenda items, attendance, decisions, minutes
 * and reminders, so a council's closed items and its minutes never leave its own stream. What the
 * councils share is the meeting's time, place and cancellation, which the arranging council sets
 * on every copy, and what each reads of the others: their open items.
 */
@Injectable()
export class JointMeetings {
  constructor(
    private readonly writer: AggregateWriter,
    private readonly cases: CaseLocator,
    private readonly directory: CouncilDirectory,
  ) {}

  /** Every council named exists (404 naming it) and still takes writes (409 naming it). */
  async requireCouncils(councilIds: readonly string[], now: string): Promise<void> {
    for (const councilId of councilIds) {
      if (!(await this.directory.holders(councilId)))
        throw new NotFoundError(`council ${councilId} not found (jointWith)`);
      const refusal = await this.directory.writeRefusal(councilId, now);
      if (refusal) throw new InvalidStateError(`council ${councilId}: ${refusal}`);
    }
  }

  /**
   * The arranging council's move or cancellation, made on its own copy, made on each other copy
   * too. Each is idempotent (a move records only what changed), so a retry completes the work.
   * Answers the councils whose copies it wrote.
   */
  async propagate(
    councilId: string,
    meetingId: string,
    command: MoveMeeting | CancelMeeting,
  ): Promise<string[]> {
    const { state } = await this.cases.aggregateStream(meetingDescriptor, councilId, meetingId);
    if (!state.exists || state.hostedBy !== undefined) return [];
    for (const other of state.jointWith) {
      // A write on that council's case is recorded as that council's, naming who arranged the meeting.
      const onTheirs = {
        ...command,
        data: { ...command.data, arrangedBy: councilId },
        metadata: { ...command.metadata, councilId: other },
      } as MoveMeeting | CancelMeeting;
      await this.writer.send(meetingDescriptor, meetingId, onTheirs);
    }
    return state.jointWith;
  }

  /** The other councils' copies as this council reads them: open items only. */
  async otherCouncils(state: MeetingState) {
    const others = [];
    for (const councilId of state.jointWith) {
      const copy = await this.cases.aggregateStream(meetingDescriptor, councilId, state.meetingId);
      if (!copy.state.exists || copy.state.councilId !== councilId) continue;
      const council = await this.directory.get(councilId);
      others.push({
        councilId,
        name: council.name,
        arranged: state.hostedBy === councilId,
        agenda: openItemsOf(meetingView(copy.state, state.meetingId)),
        minutesApproved: copy.state.minutesApprovedAt !== undefined,
      });
    }
    return others;
  }
}

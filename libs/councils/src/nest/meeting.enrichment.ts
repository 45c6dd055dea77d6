import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AggregateEnrichments, CaseLocator } from '@app/event-store';
import { isId, isInstant } from '@app/kernel';
import { CouncilDirectory } from '../directory/council-directory';
import type { ApprovingMeeting, MeetingCommand, ScheduleMeeting } from '../meeting/meeting.commands';
import { meetingDescriptor } from '../meeting/meeting.descriptor';
import type { ReferenceKind } from '../meeting/meeting.events';
import type { MeetingState } from '../meeting/meeting.state';

/** The stream category of each kind of case an agenda item may refer to. */
const REFERENCE_CATEGORIES: Record<ReferenceKind, string> = {
  hearing: 'hearing',
  'budget-proposal': 'budgetProposal',
  'follow-up': 'followUp',
};

/**
 * An agenda item's or action point's `refersTo` must name a case of the meeting's own council (issue 20).
 * Enriches two commands so the decider stays pure. A recorded decision carries the meeting's
 * time as its business time (`occurredAt`), however much later the secretary enters it. A
 * reminder names its recipients from the council as it is when the reminder fires (members
 * appointed since the meeting was planned are reminded too).
 */
@Injectable()
export class MeetingEnrichment implements OnModuleInit {
  constructor(
    private readonly enrichments: AggregateEnrichments,
    private readonly directory: CouncilDirectory,
    private readonly cases: CaseLocator,
  ) {}

  onModuleInit(): void {
    this.enrichments.register(meetingDescriptor, {
      enrich: (command, { state }) => this.enrich(command, state),
    });
  }

  private async enrich(command: MeetingCommand, meeting: MeetingState): Promise<MeetingCommand> {
    if ((command.type === 'AddAgendaItem' || command.type === 'AddActionPoint') && command.data.refersTo) {
      const { kind, id } = command.data.refersTo;
      const category = REFERENCE_CATEGORIES[kind];
      if (category !== undefined && command.metadata.councilId !== undefined) {
        await this.cases.requireLink({ category, label: kind, id }, command.metadata.councilId, 'refersTo');
      }
    }
    if (command.type === 'ScheduleMeeting') return enteredAfterItBegan(command);
    const enrich =
      command.type === 'ApproveMinutes' ||
      command.type === 'RecordAttendance' ||
      command.type === 'AddActionPoint' ||
      command.type === 'DecideAgendaItem' ||
      (command.type === 'IssueMeetingReminders' && !command.data.recipients);
    if (!enrich || !meeting.exists) return command;
    if (command.type === 'DecideAgendaItem') {
      // A decision is taken at the meeting, whenever the secretary records it (docs/architecture.md: occurredAt).
      const occurredAt = command.metadata.occurredAt ?? meeting.startsAt;
      return { ...command, metadata: { ...command.metadata, occurredAt } };
    }
    const council = await this.directory.get(meeting.councilId);
    if (command.type === 'RecordAttendance') {
      const members = council.members.map((m) => m.personId);
      return { ...command, data: { ...command.data, members } };
    }
    if (command.type === 'AddActionPoint') {
      const people = [...council.members, ...council.secretaries].map((p) => p.personId);
      return { ...command, data: { ...command.data, people } };
    }
    if (command.type === 'ApproveMinutes') {
      const { chairInOffice: _c, approvingMeeting: _a, ...given } = command.data;
      const approving =
        given.byMeeting && (await this.approvingMeeting(meeting.councilId, given.byMeeting.meetingId));
      const data = {
        ...given,
        ...(council.chairPersonId && { chairInOffice: council.chairPersonId }),
        ...(approving && { approvingMeeting: approving }),
      };
      return { ...command, data };
    }
    if (command.type !== 'IssueMeetingReminders') return command;
    // The members are reminded of the meeting and of the deadline for comments; the secretariat of approval.
    const toMembers = command.data.deadline === 'meeting' || command.data.deadline === 'minutes-comments';
    const recipients = toMembers
      ? council.members.map((m) => m.personId)
      : council.secretaries.map((s) => s.personId);
    return { ...command, data: { ...command.data, recipients } };
  }

  /** The meeting named as having approved the minutes, as the decider checks it; none if not the council's. */
  private async approvingMeeting(
    councilId: string,
    meetingId: string,
  ): Promise<ApprovingMeeting | undefined> {
    if (!isId(meetingId)) return undefined;
    const { state } = await this.cases.aggregateStream(meetingDescriptor, councilId, meetingId);
    if (!state.exists || state.councilId !== councilId) return undefined;
    const approvalItem = state.agenda.find((i) => i.kind === 'previous-minutes-approval');
    return {
      startsAt: state.startsAt,
      cancelled: state.cancelled !== undefined,
      itemIds: state.agenda.map((i) => i.itemId),
      ...(approvalItem && { approvalItemId: approvalItem.itemId }),
    };
  }
}

/**
 * A meeting entered after it began (seed 000's minutes typed in years later) and with no time of
 * its own happened at its start: that is its business time, so it counts in its own year and its
 * decisions, dated at the meeting, do not predate it.
 */
function enteredAfterItBegan(command: ScheduleMeeting): ScheduleMeeting {
  const { startsAt } = command.data;
  if (command.metadata.occurredAt !== undefined || !isInstant(startsAt)) return command;
  if (Date.parse(startsAt) >= Date.parse(command.metadata.now)) return command;
  return { ...command, metadata: { ...command.metadata, occurredAt: startsAt } };
}

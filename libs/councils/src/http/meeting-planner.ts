import { Injectable } from '@nestjs/common';
import { AggregateWriter, CaseLocator, type SendAnswer } from '@app/event-store';
import { type CommandMetadata, ForbiddenError, InvalidInputError } from '@app/kernel';
import type { PlannedMeeting } from '../council/council.events';
import type { ScheduleMeeting } from '../meeting/meeting.commands';
import { meetingDecider } from '../meeting/meeting.decider';
import type { MeetingKind, MeetingScheduled } from '../meeting/meeting.events';
import { CouncilDirectory } from '../directory/council-directory';
import { councilDescriptor } from '../council/council.descriptor';
import { meetingDescriptor } from '../meeting/meeting.descriptor';
import type { AdoptMeetingPlanDto } from './dto/adopt-meeting-plan.dto';
import type { CallMeetingDto } from './dto/call-meeting.dto';
import { JointMeetings } from './joint-meetings';
import { AgendaCarrier } from './agenda-carrier';

/**
 * Where meetings come from. The yearly plan lives on the council stream (`MeetingPlanAdopted`:
 * seed 001 has the council set it once a year, and it is the council that falls short of four);
 * each planned or called meeting then gets its own meeting stream (a case of the council) for its agenda,
 * decisions, minutes and deadlines. The council event comes first; scheduling the meetings is
 * idempotent, so a retry after a crash between the two completes the work.
 */
@Injectable()
export class MeetingPlanner {
  constructor(
    private readonly writer: AggregateWriter,
    private readonly directory: CouncilDirectory,
    private readonly cases: CaseLocator,
    private readonly joint: JointMeetings,
    private readonly carrier: AgendaCarrier,
  ) {}

  async adoptPlan(
    councilId: string,
    dto: AdoptMeetingPlanDto,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ) {
    const byDate = [...dto.meetings].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
    const meetings: PlannedMeeting[] = byDate.map((m, i) => ({
      meetingId: m.id ?? `${councilId}-${dto.year}-${i + 1}`,
      startsAt: m.startsAt,
      ...(m.place !== undefined && { place: m.place }),
    }));
    const result = await this.writer.send(
      councilDescriptor,
      councilId,
      { type: 'AdoptMeetingPlan', data: { year: dto.year, meetings }, metadata },
      { expectedRevision },
    );
    const { state } = await this.directory.load(councilId);
    const plan = state.plans.find((p) => p.year === dto.year);
    if (!plan) throw new Error(`plan ${dto.year} missing after adoption`);
    for (const m of plan.meetings) {
      await this.schedule(
        m,
        { councilId, kind: 'ordinary', year: dto.year },
        state.reminderOffsets,
        metadata,
      );
    }
    // A planned meeting is the next one for items postponed when there was none (docs/meetings.md).
    for (const m of plan.meetings) await this.carrier.carryPending(councilId, m.meetingId, metadata);
    return {
      id: councilId,
      revision: result.revision,
      meetings: plan.meetings.map((m) => m.meetingId),
      fallsShortBy: plan.fallsShortBy,
    };
  }

  async callMeeting(councilId: string, meetingId: string, dto: CallMeetingDto, metadata: CommandMetadata) {
    // Naming other councils makes a joint meeting unless another kind is given (the decider refuses that).
    const kind = dto.kind ?? (dto.jointWith !== undefined ? 'joint' : undefined);
    if (kind !== undefined && kind !== 'extraordinary') {
      return this.addMeeting(councilId, meetingId, { ...dto, kind }, metadata);
    }
    if (dto.jointWith !== undefined) {
      throw new InvalidInputError('only a joint meeting names other councils (kind joint)', 'jointWith');
    }
    // Seed 001: the chair calls it for a date; the council's record of the call needs that date.
    if (dto.startsAt === undefined) {
      throw new InvalidInputError('an extraordinary meeting is called for a date', 'startsAt');
    }
    const meeting: PlannedMeeting = {
      meetingId,
      startsAt: dto.startsAt,
      ...(dto.place !== undefined && { place: dto.place }),
    };
    await this.writer.send(councilDescriptor, councilId, {
      type: 'CallExtraordinaryMeeting',
      data: meeting,
      metadata,
    });
    const { state } = await this.directory.load(councilId);
    const called = state.extraordinaryMeetings.find((m) => m.meetingId === meetingId);
    const result = await this.schedule(
      called ?? meeting,
      { councilId, kind: 'extraordinary', calledBy: called?.calledBy ?? metadata.actor.personId },
      state.reminderOffsets,
      metadata,
      extrasOf(dto),
    );
    const carried = await this.carrier.carryPending(councilId, meetingId, metadata);
    return { id: meetingId, revision: carried ?? result.revision };
  }

  /**
   * A meeting outside the yearly plan that is not extraordinary: an annual meeting or theme day, a
   * dialogue with a regional committee, a follow-up meeting, or an ordinary one added later. The
   * secretariat arranges these; the plan on the council stream is not changed by them.
   */
  private async addMeeting(
    councilId: string,
    meetingId: string,
    dto: CallMeetingDto & { kind: MeetingKind },
    metadata: CommandMetadata,
  ) {
    if (metadata.actor.role !== 'secretary') {
      throw new ForbiddenError(
        'the secretary adds meetings outside the plan; the chair calls extraordinary ones',
      );
    }
    const { state } = await this.directory.load(councilId);
    const meeting = {
      meetingId,
      ...(dto.startsAt !== undefined && { startsAt: dto.startsAt }),
      ...(dto.place !== undefined && { place: dto.place }),
    };
    const others = dto.jointWith ?? [];
    if (others.length === 0) {
      const result = await this.schedule(
        meeting,
        { councilId, kind: dto.kind },
        state.reminderOffsets,
        metadata,
        extrasOf(dto),
      );
      const carried = await this.carrier.carryPending(councilId, meetingId, metadata);
      return { id: meetingId, revision: carried ?? result.revision };
    }
    return this.addJointMeeting(councilId, meeting, { ...dto, jointWith: others }, metadata);
  }

  /**
   * A joint meeting: this council's copy and one for each council named, each with that council's
   * reminder offsets, naming the others and (on theirs) this council as the one that arranged it.
   * Every copy is tried on its stream before any is written, so a refusal (a council unknown, a
   * meeting id taken there) writes nothing; each write is idempotent, so a retry completes the work.
   */
  private async addJointMeeting(
    councilId: string,
    meeting: { meetingId: string; startsAt?: string; place?: string },
    dto: CallMeetingDto & { kind: MeetingKind; jointWith: string[] },
    metadata: CommandMetadata,
  ): Promise<SendAnswer> {
    await this.joint.requireCouncils(dto.jointWith, metadata.now);
    const copies: ScheduleMeeting[] = [];
    for (const copyOf of [councilId, ...dto.jointWith]) {
      const { state } = await this.directory.load(copyOf);
      const jointWith = [councilId, ...dto.jointWith].filter((c) => c !== copyOf);
      const hostedBy = copyOf === councilId ? {} : { hostedBy: councilId };
      // Each copy is a case of its own council, so its events are recorded for that council.
      const command = this.scheduleCommand(
        meeting,
        { councilId: copyOf, kind: dto.kind },
        state.reminderOffsets,
        { ...metadata, councilId: copyOf },
        { ...extrasOf(dto), jointWith, ...hostedBy },
      );
      const there = await this.cases.aggregateStream(meetingDescriptor, copyOf, meeting.meetingId);
      meetingDecider.decide(command, there.state);
      copies.push(command);
    }
    let revision = 0;
    for (const command of copies) {
      const result = await this.writer.send(meetingDescriptor, meeting.meetingId, command);
      if (command.data.councilId === councilId) revision = result.revision;
    }
    for (const command of copies) {
      const carried = await this.carrier.carryPending(command.data.councilId, meeting.meetingId, metadata);
      if (command.data.councilId === councilId) revision = carried ?? revision;
    }
    return { id: meeting.meetingId, revision };
  }

  private async schedule(
    meeting: Omit<PlannedMeeting, 'startsAt'> & { startsAt?: string },
    about: { councilId: string; kind: MeetingKind; year?: number; calledBy?: string },
    reminderOffsets: string[],
    metadata: CommandMetadata,
    extras: MeetingExtras = {},
  ): Promise<SendAnswer> {
    const command = this.scheduleCommand(meeting, about, reminderOffsets, metadata, extras);
    return this.writer.send(meetingDescriptor, meeting.meetingId, command, { councilId: about.councilId });
  }

  private scheduleCommand(
    meeting: Omit<PlannedMeeting, 'startsAt'> & { startsAt?: string },
    about: { councilId: string; kind: MeetingKind; year?: number; calledBy?: string },
    reminderOffsets: string[],
    metadata: CommandMetadata,
    extras: MeetingExtras = {},
  ): ScheduleMeeting {
    const data = {
      meetingId: meeting.meetingId,
      councilId: about.councilId,
      kind: about.kind,
      ...(meeting.startsAt !== undefined && { startsAt: meeting.startsAt }),
      ...extras,
      ...(meeting.place !== undefined && { place: meeting.place }),
      ...(about.year !== undefined && { year: about.year }),
      ...(about.calledBy !== undefined && { calledBy: about.calledBy }),
      reminderOffsets,
    };
    return { type: 'ScheduleMeeting', data, metadata };
  }
}

type MeetingExtras = Pick<
  MeetingScheduled['data'],
  'endsAt' | 'dateToFollow' | 'online' | 'committee' | 'purpose' | 'jointWith' | 'hostedBy'
>;

function extrasOf(dto: CallMeetingDto): MeetingExtras {
  return {
    ...(dto.endsAt !== undefined && { endsAt: dto.endsAt }),
    ...(dto.dateToFollow === true && { dateToFollow: true as const }),
    ...(dto.online !== undefined && { online: dto.online }),
    ...(dto.committee !== undefined && { committee: dto.committee }),
    ...(dto.purpose !== undefined && { purpose: dto.purpose }),
  };
}

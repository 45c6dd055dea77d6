import { Injectable } from '@nestjs/common';
import { AggregateWriter, type SendAnswer } from '@app/event-store';
import { type CommandMetadata, ForbiddenError, InvalidInputError } from '@app/kernel';
import type { PlannedMeeting } from '../council/council.events';
import type { MeetingKind, MeetingScheduled } from '../meeting/meeting.events';
import { CouncilDirectory } from '../directory/council-directory';
import { councilDescriptor } from '../council/council.descriptor';
import { meetingDescriptor } from '../meeting/meeting.descriptor';
import type { AdoptMeetingPlanDto } from './dto/adopt-meeting-plan.dto';
import type { CallMeetingDto } from './dto/call-meeting.dto';

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
    return {
      id: councilId,
      revision: result.revision,
      meetings: plan.meetings.map((m) => m.meetingId),
      fallsShortBy: plan.fallsShortBy,
    };
  }

  async callMeeting(councilId: string, meetingId: string, dto: CallMeetingDto, metadata: CommandMetadata) {
    if (dto.kind !== undefined && dto.kind !== 'extraordinary') {
      return this.addMeeting(councilId, meetingId, { ...dto, kind: dto.kind }, metadata);
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
    return { id: meetingId, revision: result.revision };
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
    const result = await this.schedule(
      meeting,
      { councilId, kind: dto.kind },
      state.reminderOffsets,
      metadata,
      extrasOf(dto),
    );
    return { id: meetingId, revision: result.revision };
  }

  private async schedule(
    meeting: Omit<PlannedMeeting, 'startsAt'> & { startsAt?: string },
    about: { councilId: string; kind: MeetingKind; year?: number; calledBy?: string },
    reminderOffsets: string[],
    metadata: CommandMetadata,
    extras: MeetingExtras = {},
  ): Promise<SendAnswer> {
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
    return this.writer.send(
      meetingDescriptor,
      meeting.meetingId,
      { type: 'ScheduleMeeting', data, metadata },
      { councilId: about.councilId },
    );
  }
}

type MeetingExtras = Pick<MeetingScheduled['data'], 'endsAt' | 'dateToFollow' | 'online' | 'committee'>;

function extrasOf(dto: CallMeetingDto): MeetingExtras {
  return {
    ...(dto.endsAt !== undefined && { endsAt: dto.endsAt }),
    ...(dto.dateToFollow === true && { dateToFollow: true as const }),
    ...(dto.online !== undefined && { online: dto.online }),
    ...(dto.committee !== undefined && { committee: dto.committee }),
  };
}

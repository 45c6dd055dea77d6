import {
  ForbiddenError,
  InvalidInputError,
  optionalId,
  requireInstant,
  type Actor,
  type CommandMetadata,
} from '@app/kernel';
import { ms } from './hearing.rules';
import type { OpenHearingState } from './hearing.state';

/**
 * How a member's word reached the secretary (seed 000, item 9: input given at the meeting, then
 * "sender en mail rundt" for more input and for approval; a call counts as well).
 */
export const CHANNELS = ['meeting', 'mail', 'phone'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The meeting named by `meetingId`, as its own stream has it; filled in by the bus handler. */
export interface MeetingFacts {
  meetingId: string;
  councilId: string;
  startsAt: string;
}

/** What a caller may say about who gave an input or an answer, and how. */
export interface OnBehalfFields {
  onBehalfOf?: string;
  channel?: Channel;
  meetingId?: string;
  /** Never from the caller: the handler loads it when `meetingId` is given. */
  meeting?: MeetingFacts;
}

export interface Recording {
  personId: string;
  /** Business time: when the member said it (the meeting, the mail's date), not when it was typed in. */
  givenAt: string;
  recordedBy: string;
  onBehalf: boolean;
  channel?: Channel;
  meetingId?: string;
}

/**
 * Whose word this is and when it was given. A member speaks for themself, now, through the
 * engine. The secretary writes down what a member said elsewhere: for whom (`onBehalfOf`), when
 * (`occurredAt`), and how it came (`channel`); a meeting must be one of the council's that has
 * begun, and is the default time of what was said there.
 */
export function recordingOf(
  actor: Actor,
  metadata: CommandMetadata,
  hearing: OpenHearingState,
  fields: OnBehalfFields,
): Recording {
  const { onBehalfOf, channel } = fields;
  const meetingId = optionalId(fields.meetingId, 'meetingId');
  const { now, occurredAt } = metadata;
  if (actor.role !== 'secretary') {
    if (onBehalfOf !== undefined && onBehalfOf !== actor.personId)
      throw new ForbiddenError('a member answers only for themself');
    // A member's own word counts from when it arrives; only what is recorded for them is dated back.
    if (occurredAt !== undefined)
      throw new InvalidInputError('occurredAt is for what is recorded on a member’s behalf', 'occurredAt');
    if (channel !== undefined)
      throw new InvalidInputError('channel is for what is recorded on a member’s behalf', 'channel');
    if (meetingId !== undefined)
      throw new InvalidInputError('meetingId is for what is recorded on a member’s behalf', 'meetingId');
    return { personId: actor.personId, givenAt: now, recordedBy: actor.personId, onBehalf: false };
  }
  if (!onBehalfOf) throw new InvalidInputError('the secretary records on behalf of a member', 'onBehalfOf');
  if (channel !== undefined && !CHANNELS.includes(channel))
    throw new InvalidInputError(`channel must be one of ${CHANNELS.join(', ')}`, 'channel');
  const via: Channel | undefined = channel ?? (meetingId !== undefined ? 'meeting' : undefined);
  if (via === 'meeting' && meetingId === undefined)
    throw new InvalidInputError('name the meeting it was given at', 'meetingId');
  if (via !== 'meeting' && meetingId !== undefined)
    throw new InvalidInputError('meetingId goes with the meeting channel', 'meetingId');
  const meeting =
    meetingId === undefined ? undefined : requireMeeting(hearing, meetingId, fields.meeting, now);
  const givenAt =
    occurredAt === undefined ? (meeting?.startsAt ?? now) : requireInstant(occurredAt, 'occurredAt');
  if (ms(givenAt) > ms(now))
    throw new InvalidInputError('occurredAt must not be in the future', 'occurredAt');
  if (occurredAt !== undefined && ms(givenAt) < ms(hearing.receivedAt))
    throw new InvalidInputError('occurredAt must not be before the hearing was received', 'occurredAt');
  if (meeting && ms(givenAt) < ms(meeting.startsAt))
    throw new InvalidInputError(`occurredAt is before meeting ${meetingId} began`, 'occurredAt');
  return {
    personId: onBehalfOf,
    givenAt,
    recordedBy: actor.personId,
    onBehalf: true,
    ...(via !== undefined && { channel: via }),
    ...(meetingId !== undefined && { meetingId }),
  };
}

/** A meeting of another council is as unknown here as one that was never planned (ids do not leak). */
function requireMeeting(
  hearing: OpenHearingState,
  meetingId: string,
  meeting: MeetingFacts | undefined,
  now: string,
): MeetingFacts {
  const ours =
    meeting !== undefined &&
    meeting.meetingId === meetingId &&
    (hearing.councilId === undefined || meeting.councilId === hearing.councilId);
  if (!ours) throw new InvalidInputError(`the council has no meeting ${meetingId}`, 'meetingId');
  if (ms(meeting.startsAt) > ms(now))
    throw new InvalidInputError(`meeting ${meetingId} has not been held yet`, 'meetingId');
  return meeting;
}

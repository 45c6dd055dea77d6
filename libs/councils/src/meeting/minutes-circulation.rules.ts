import {
  ForbiddenError,
  InvalidInputError,
  InvalidStateError,
  isBefore,
  requireId,
  requireInstant,
  requireText,
  sameJson,
} from '@app/kernel';
import type { ApproveMinutes, CirculateMinutes, CommentOnMinutes } from './meeting.commands';
import type { MeetingEvent } from './meeting.events';
import type { MeetingState } from './meeting.state';
import { requireHeld } from './meeting-changes';
import { itemOf, requireEveryItemDealtWith } from './minutes.rules';

/** The deadline for comments that applies now: the latest circulation's. */
export function commentsBy(state: MeetingState): string | undefined {
  return state.circulations.at(-1)?.commentsBy;
}

/**
 * The secretary sends the draft minutes to the members with a deadline for comments. The draft is
 * complete (every item dealt with, naming those that are not) and the deadline is after today;
 * circulated again with a new deadline after changes, the new deadline applies.
 */
export function circulate(command: CirculateMinutes, state: MeetingState): MeetingEvent[] {
  const deadline = requireInstant(command.data.commentsBy, 'commentsBy');
  if (state.minutesApprovedAt)
    throw new InvalidStateError('the minutes are approved; they are not circulated');
  requireHeld(state, command.metadata.now, 'the minutes are circulated after the meeting');
  const latest = commentsBy(state);
  if (latest !== undefined && Date.parse(latest) === Date.parse(deadline)) return [];
  if (!isBefore(command.metadata.now, deadline)) {
    throw new InvalidInputError(
      'commentsBy must be after now: the members need time to comment',
      'commentsBy',
    );
  }
  requireEveryItemDealtWith(state, 'circulated');
  const data = {
    commentsBy: deadline,
    circulatedBy: command.metadata.actor.personId,
    circulatedAt: command.metadata.now,
  };
  return [{ type: 'MinutesCirculated', data }];
}

/** A comment on the circulated draft, until the minutes are approved; one after the deadline is kept as late. */
export function comment(command: CommentOnMinutes, state: MeetingState): MeetingEvent[] {
  const d = command.data;
  const deadline = commentsBy(state);
  if (deadline === undefined) throw new InvalidStateError('the draft minutes have not been circulated');
  const commentId = requireId(d.commentId, 'id');
  const text = requireText(d.text, 'text');
  const itemId = d.itemId === undefined ? undefined : itemOf(state, d.itemId).itemId;
  const by = command.metadata.actor.personId;
  const known = state.comments.find((c) => c.commentId === commentId);
  if (known) {
    if (sameJson([known.by, known.text, known.itemId ?? null], [by, text, itemId ?? null])) return [];
    throw new InvalidStateError(`comment ${commentId} already exists with other content`);
  }
  if (state.minutesApprovedAt) throw new InvalidStateError('the minutes are approved; comments are closed');
  const at = command.metadata.now;
  const data = {
    commentId,
    by,
    text,
    ...(itemId !== undefined && { itemId }),
    at,
    ...(!isBefore(at, deadline) && { late: true as const }),
  };
  return [{ type: 'MinutesCommented', data }];
}

/**
 * Approved by the chair in office, or by the next meeting under its item "approval of the previous
 * minutes" (`byMeeting`). Every item must be dealt with, and circulated minutes wait for their
 * comment deadline.
 */
export function approve(command: ApproveMinutes, state: MeetingState): MeetingEvent[] {
  const { actor, now, occurredAt } = command.metadata;
  if (actor.role === 'chair' && actor.personId !== command.data.chairInOffice) {
    throw new ForbiddenError('only the chair in office approves the minutes');
  }
  if (state.minutesApprovedAt) return [];
  const byMeeting = command.data.byMeeting && {
    meetingId: requireId(command.data.byMeeting.meetingId, 'byMeeting.meetingId'),
    itemId: requireId(command.data.byMeeting.itemId, 'byMeeting.itemId'),
  };
  if (byMeeting?.meetingId === state.meetingId) {
    throw new InvalidInputError('a meeting approves the minutes of another meeting', 'byMeeting');
  }
  requireHeld(state, now, 'the minutes of a meeting are approved after it');
  // Minutes approved at the next meeting and entered later keep the day they were approved.
  const approvedAt = occurredAt ?? now;
  if (isBefore(approvedAt, state.startsAt))
    throw new InvalidInputError(
      `occurredAt must not be before the meeting began (${state.startsAt}): the minutes are approved at or after it`,
      'occurredAt',
    );
  const deadline = commentsBy(state);
  if (deadline !== undefined && isBefore(approvedAt, deadline)) {
    throw new InvalidStateError(`the draft minutes are out for comments until ${deadline}`);
  }
  requireEveryItemDealtWith(state, 'approved');
  const data = { approvedBy: actor.personId, approvedAt, ...(byMeeting && { byMeeting }) };
  return [{ type: 'MinutesApproved', data }];
}

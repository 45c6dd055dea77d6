import {
  ForbiddenError,
  InvalidInputError,
  InvalidStateError,
  isBefore,
  NotFoundError,
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
 * Issue 17: minutes are approved by the chair in office (checked against who holds the chair now,
 * not the token's role), or by the next meeting under its item "approval of the previous minutes"
 * (`byMeeting`), which a secretary records; she does not approve them on her own say-so. The
 * approving meeting is the council's, held, and after this one; its day is the approval's business
 * time. Every item must be dealt with, and circulated minutes wait for their comment deadline.
 */
export function approve(command: ApproveMinutes, state: MeetingState): MeetingEvent[] {
  const { actor, now, occurredAt } = command.metadata;
  const d = command.data;
  if (!d.byMeeting) {
    if (actor.role !== 'chair')
      throw new ForbiddenError(
        'a secretary does not approve the minutes on her own: the chair in office approves them, or name the meeting that approved them (byMeeting)',
      );
    if (actor.personId !== d.chairInOffice)
      throw new ForbiddenError('only the chair in office approves the minutes');
  }
  if (state.minutesApprovedAt) return [];
  const byMeeting = d.byMeeting && approvingMeeting(command, state);
  requireHeld(state, now, 'the minutes of a meeting are approved after it');
  // Minutes approved at the next meeting and entered later keep the day they were approved.
  const approvedAt = occurredAt ?? (byMeeting ? d.approvingMeeting?.startsAt : undefined) ?? now;
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

/** The meeting named as having approved the minutes: the council's (404), held (409), after this one (400). */
function approvingMeeting(
  command: ApproveMinutes,
  state: MeetingState,
): { meetingId: string; itemId?: string } {
  const named = command.data.byMeeting ?? { meetingId: '' };
  const meetingId = requireId(named.meetingId, 'byMeeting.meetingId');
  const givenItem = named.itemId === undefined ? undefined : requireId(named.itemId, 'byMeeting.itemId');
  if (meetingId === state.meetingId) {
    throw new InvalidInputError('a meeting approves the minutes of another meeting', 'byMeeting.meetingId');
  }
  const meeting = command.data.approvingMeeting;
  if (!meeting) throw new NotFoundError(`meeting ${meetingId} not found`);
  if (meeting.cancelled)
    throw new InvalidStateError(`meeting ${meetingId} was cancelled; it approved nothing`);
  if (!meeting.startsAt || isBefore(command.metadata.now, meeting.startsAt)) {
    throw new InvalidStateError(
      `meeting ${meetingId} has not been held; it approves the minutes at or after it`,
    );
  }
  if (state.startsAt && !isBefore(state.startsAt, meeting.startsAt)) {
    throw new InvalidInputError(
      `byMeeting.meetingId must name a meeting after this one (${state.startsAt}): the next meeting approves the minutes`,
      'byMeeting.meetingId',
    );
  }
  if (givenItem !== undefined && !meeting.itemIds.includes(givenItem)) {
    throw new NotFoundError(`agenda item ${givenItem} not found on meeting ${meetingId}`);
  }
  const itemId = givenItem ?? meeting.approvalItemId;
  return { meetingId, ...(itemId !== undefined && { itemId }) };
}

import {
  ForbiddenError,
  InvalidInputError,
  InvalidStateError,
  requireText,
  requireInstant,
  sameInstant,
} from '@app/kernel';
import type {
  AnswerHearingApproval,
  DeclineHearing,
  DraftHearingResponse,
  RequestHearingApproval,
  SignOffHearingResponse,
  SubmitHearingResponse,
} from './hearing.commands';
import type {
  HearingApprovalAnswered,
  HearingApprovalRequested,
  HearingDeclined,
  HearingResponseDrafted,
  HearingResponseSignedOff,
  HearingResponseSubmitted,
} from './hearing.events';
import { ms, requireHearing, requireNotClosed, requireRole, unique } from './hearing.rules';
import { currentDraft, type HearingState } from './hearing.state';
import { recordingOf } from './recorded-on-behalf';

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

export function decideDraft(command: DraftHearingResponse, state: HearingState): HearingResponseDrafted[] {
  requireRole(command.metadata.actor, ['secretary'], 'draft the response');
  const hearing = requireHearing(state, command.metadata.councilId);
  requireNotClosed(hearing, 'draft a response');
  // A whole response runs longer than an input (the DTO's bound too).
  const text = requireText(command.data.text, 'text', 100_000);
  const basedOn = unique(command.data.basedOn ?? []);
  const unknown = basedOn.filter((id) => !hearing.inputs[id] || hearing.inputs[id].withdrawn);
  if (unknown.length > 0)
    throw new InvalidInputError(`basedOn names people without input: ${unknown.join(', ')}`, 'basedOn');
  return [{ type: 'HearingResponseDrafted', data: { version: hearing.drafts.length + 1, text, basedOn } }];
}

export function decideApprovalRequest(
  command: RequestHearingApproval,
  state: HearingState,
): HearingApprovalRequested[] {
  requireRole(command.metadata.actor, ['secretary'], 'request approval');
  const hearing = requireHearing(state, command.metadata.councilId);
  requireNotClosed(hearing, 'request approval');
  const draft = currentDraft(hearing);
  if (!draft) throw new InvalidStateError('there is no draft to approve yet');
  const council = command.data.council;
  if (!council) throw new Error('RequestHearingApproval needs the council loaded by its handler');
  const approvalDeadline = requireInstant(command.data.approvalDeadline, 'approvalDeadline');
  // The council's response is approved by the council of the day: a member who resigned since the
  // hearing opened is not asked, the member appointed to that seat is (seed 001: one seat each).
  const requestedFrom = unique(council.memberIds);
  const round = hearing.approval;
  if (
    round &&
    round.draftVersion === draft.version &&
    sameInstant(round.approvalDeadline, approvalDeadline) &&
    sameMembers(round.requestedFrom, requestedFrom)
  )
    return [];
  if (hearing.signOff?.draftVersion === draft.version)
    throw new InvalidStateError('the chair has signed off this draft: draft a new version to ask again');
  if (ms(approvalDeadline) <= ms(command.metadata.now))
    throw new InvalidInputError('approvalDeadline must be in the future', 'approvalDeadline');
  if (hearing.responseDeadline !== undefined && ms(approvalDeadline) > ms(hearing.responseDeadline))
    throw new InvalidInputError(
      'approvalDeadline must not be after the responseDeadline',
      'approvalDeadline',
    );
  return [
    {
      type: 'HearingApprovalRequested',
      data: { draftVersion: draft.version, approvalDeadline, requestedFrom },
    },
  ];
}

export function decideAnswer(command: AnswerHearingApproval, state: HearingState): HearingApprovalAnswered[] {
  const { actor } = command.metadata;
  requireRole(actor, ['secretary', 'member', 'chair'], 'approve or object');
  const hearing = requireHearing(state, command.metadata.councilId);
  requireNotClosed(hearing, 'take approvals');
  const round = hearing.approval;
  if (!round) throw new InvalidStateError('no approval has been requested for the current draft');
  if (hearing.signOff) throw new InvalidStateError('the chair has already signed off this draft');
  // Seed 000: the approval came back by mail, so the secretary records it on the member's behalf.
  const { personId, onBehalf, ...how } = recordingOf(actor, command.metadata, hearing, command.data);
  if (!round.requestedFrom.includes(personId)) {
    if (onBehalf) throw new InvalidInputError(`the approval of ${personId} was not requested`, 'onBehalfOf');
    throw new ForbiddenError('your approval was not requested');
  }
  const { approve } = command.data;
  if (typeof approve !== 'boolean') throw new InvalidInputError('approve must be true or false', 'approve');
  const comment = command.data.comment?.trim() ? command.data.comment : undefined;
  // An objection must say why, or the chair cannot weigh it.
  if (!approve && comment === undefined)
    throw new InvalidInputError('an objection needs a comment', 'comment');
  const before = round.answers[personId];
  if (before && before.approve === approve && before.comment === comment) return [];
  return [
    {
      type: 'HearingApprovalAnswered',
      data: {
        personId,
        draftVersion: round.draftVersion,
        approve,
        ...(comment !== undefined && { comment }),
        ...(onBehalf && how),
      },
    },
  ];
}

export function decideSignOff(
  command: SignOffHearingResponse,
  state: HearingState,
): HearingResponseSignedOff[] {
  const { actor } = command.metadata;
  // The chair signs off (seed 001: the chair speaks for the council); objections do not block it.
  requireRole(actor, ['chair'], 'sign off the response');
  const council = command.data.council;
  if (!council) throw new Error('SignOffHearingResponse needs the council loaded by its handler');
  // Issue 20 and seed 000 (Kira stepped down, Ivan was elected at the meeting): the council's
  // record decides who the chair is, not the role on a token; with the seat empty nobody signs.
  if (council.chairPersonId !== actor.personId)
    throw new ForbiddenError(`${actor.personId} does not hold the chair of the council now`);
  const hearing = requireHearing(state, command.metadata.councilId);
  requireNotClosed(hearing, 'sign off');
  const draft = currentDraft(hearing);
  if (!draft) throw new InvalidStateError('there is no draft to sign off');
  if (hearing.signOff?.draftVersion === draft.version) return [];
  const answers = hearing.approval?.draftVersion === draft.version ? hearing.approval.answers : {};
  const objections = Object.entries(answers)
    .filter(([, a]) => !a.approve)
    .map(([personId]) => personId);
  return [
    {
      type: 'HearingResponseSignedOff',
      data: { draftVersion: draft.version, signedOffBy: actor.personId, objections },
    },
  ];
}

export function decideSubmission(
  command: SubmitHearingResponse,
  state: HearingState,
): HearingResponseSubmitted[] {
  const { actor, now } = command.metadata;
  requireRole(actor, ['secretary'], 'record the submission');
  const hearing = requireHearing(state, command.metadata.councilId);
  const recipient = requireText(command.data.recipient, 'recipient');
  if (hearing.submission) {
    if (hearing.submission.recipient === recipient) return [];
    throw new InvalidStateError('the response has already been submitted');
  }
  requireNotClosed(hearing, 'submit a response');
  if (!hearing.signOff) throw new InvalidStateError('the chair has not signed off the current draft');
  const dated = command.data.submittedAt ?? command.metadata.occurredAt;
  const submittedAt = requireInstant(dated ?? now, 'submittedAt');
  if (ms(submittedAt) > ms(now))
    throw new InvalidInputError('submittedAt must not be in the future', 'submittedAt');
  // A date given for the submission comes after the hearing arrived (else the report's days to
  // respond turn negative).
  if (dated !== undefined && ms(submittedAt) < ms(hearing.receivedAt))
    throw new InvalidInputError('submittedAt must not be before the hearing was received', 'submittedAt');
  return [
    {
      type: 'HearingResponseSubmitted',
      data: { draftVersion: hearing.signOff.draftVersion, submittedAt, recipient },
    },
  ];
}

export function decideDeclination(command: DeclineHearing, state: HearingState): HearingDeclined[] {
  requireRole(command.metadata.actor, ['secretary'], 'decline the hearing');
  const hearing = requireHearing(state, command.metadata.councilId);
  const reason = requireText(command.data.reason, 'reason');
  if (hearing.declination?.reason === reason) return [];
  requireNotClosed(hearing, 'decline');
  return [{ type: 'HearingDeclined', data: { reason, declinedAt: command.metadata.now } }];
}

import { membersWithoutAnswer } from './decide-deadlines';
import { currentDraft, type HearingState, type OpenHearingState } from './hearing.state';

/** Per invited member: has input come in, on time or late, and who wrote it down when. */
export type InputStatus = 'missing' | 'given' | 'late' | 'withdrawn';

function inputsView(hearing: OpenHearingState) {
  // A hearing carried over to a successor (issue 18.3) invites the successor's members; input
  // given in the predecessor by someone not among them stays in the view.
  const earlier = Object.keys(hearing.inputs).filter((p) => !hearing.invited.includes(p));
  return [...hearing.invited, ...earlier].map((personId) => {
    const input = hearing.inputs[personId];
    if (!input) return { personId, status: 'missing' as InputStatus };
    const status: InputStatus = input.withdrawn ? 'withdrawn' : input.late ? 'late' : 'given';
    return {
      personId,
      status,
      text: input.withdrawn ? undefined : input.text,
      givenAt: input.givenAt,
      recordedAt: input.recordedAt,
      recordedBy: input.recordedBy,
      onBehalf: input.recordedBy !== personId,
      channel: input.channel,
      meetingId: input.meetingId,
      revisions: input.revisions,
      // Seed 000's mail round: more input after the first, each as it was given and recorded.
      additions: input.withdrawn
        ? []
        : input.additions.map((a) => ({ ...a, onBehalf: a.recordedBy !== personId })),
    };
  });
}

function approvalView(hearing: OpenHearingState) {
  const round = hearing.approval;
  if (!round) return undefined;
  const pending = membersWithoutAnswer(hearing);
  return {
    draftVersion: round.draftVersion,
    approvalDeadline: round.approvalDeadline,
    deadlinePassed: round.deadlinePassed,
    answers: round.requestedFrom.map((personId) => {
      const answer = round.answers[personId];
      if (!answer || pending.includes(personId)) return { personId, answer: 'pending' as const };
      return {
        personId,
        answer: answer.approve ? ('approved' as const) : ('objected' as const),
        comment: answer.comment,
        ...(answer.recordedBy !== undefined && {
          recordedBy: answer.recordedBy,
          onBehalf: true,
          givenAt: answer.givenAt,
          channel: answer.channel,
          meetingId: answer.meetingId,
        }),
      };
    }),
  };
}

/** The JSON body of `GET …/hearings/:hearingId` (and of `?asOf=` through the history lib). */
export function hearingView(state: HearingState, id: string) {
  if (!state.exists) return { id, exists: false };
  const h = state;
  return {
    id,
    councilId: h.councilId,
    status: h.status,
    title: h.title,
    issuingBody: h.issuingBody,
    origin: h.opened.origin ?? 'formal-hearing',
    ...(h.opened.recipient !== undefined && { recipient: h.opened.recipient }),
    areas: h.opened.areas ?? [],
    material: h.material,
    receivedAt: h.receivedAt,
    // Issue 18.4: null on a statement on the council's own initiative opened without a deadline.
    responseDeadline: h.responseDeadline ?? null,
    inputDeadline: h.inputDeadline ?? null,
    inputDeadlinePassed: h.inputDeadlinePassed,
    reminderOffsets: h.reminderOffsets,
    invited: h.invited,
    chairPersonId: h.chairPersonId,
    secretaries: h.secretaries,
    inputs: inputsView(h),
    drafts: h.drafts,
    currentDraft: currentDraft(h),
    approval: approvalView(h),
    signOff: h.signOff,
    submission: h.submission,
    declination: h.declination,
    lapsedAt: h.lapsedAt,
    extensions: h.extensions,
    ...(h.carriedOverTo !== undefined && { carriedOverTo: h.carriedOverTo }),
    ...(h.carriedFrom !== undefined && { carriedFrom: h.carriedFrom }),
  };
}

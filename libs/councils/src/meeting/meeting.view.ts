import type { MeetingState } from './meeting.state';

/**
 * The letter the region's minutes print after an absent member's name (seed 003: "Lone Mortensen
 * (V)", "Maja Roesen (F)"): F for absence with notice (afbud, forfald), V for absence without.
 * The minutes give no legend; this reading is the project's, and the fact kept is `notice`.
 */
export function absenceLetter(notice: boolean): 'F' | 'V' {
  return notice ? 'F' : 'V';
}

/**
 * What another council at a joint meeting reads of this council's copy: its open items only. A
 * closed item ("(Lukket)") and its attachments are for its own council (issue 17.3).
 */
export function openItemsOf(view: ReturnType<typeof meetingView>) {
  return view.agenda.filter((item) => item.open);
}

/** The body of `GET /councils/:councilId/meetings/:meetingId`. */
export function meetingView(state: MeetingState, id: string) {
  return {
    id: state.meetingId || id,
    councilId: state.councilId,
    kind: state.kind,
    startsAt: state.startsAt || null,
    endsAt: state.endsAt ?? null,
    dateToFollow: !state.startsAt,
    place: state.place ?? null,
    online: state.online ?? null,
    committee: state.committee ?? null,
    purpose: state.purpose ?? null,
    jointWith: state.jointWith,
    hostedBy: state.hostedBy ?? null,
    cancelled: state.cancelled ?? null,
    attendance: {
      present: state.attendance?.present ?? [],
      absent: (state.attendance?.absent ?? []).map((a) => ({ ...a, letter: absenceLetter(a.notice) })),
      guests: state.attendance?.guests ?? [],
    },
    year: state.year ?? null,
    calledBy: state.calledBy ?? null,
    agenda: state.agenda.map((item, index) => ({
      id: item.itemId,
      number: index + 1,
      title: item.title,
      kind: item.kind ?? null,
      open: item.open ?? true,
      presenters: item.presenters ?? [],
      attachments: item.attachments ?? [],
      caseId: item.caseId ?? null,
      documentId: item.documentId ?? null,
      summary: item.summary ?? null,
      recommendation: item.recommendation ?? null,
      presentation: item.presentation ?? null,
      economy: item.economy ?? null,
      previousDecisions: item.previousDecisions ?? null,
      refersTo: item.refersTo ?? null,
      minutesOf: item.minutesOf ?? null,
      decision: item.decision ?? null,
      postponed: item.postponed ?? null,
      postponedFrom: item.postponedFrom ?? null,
      corrections: item.corrections ?? [],
      absent: item.absent ?? [],
    })),
    actionPoints: state.actionPoints.map((p) => ({
      id: p.actionPointId,
      itemId: p.itemId,
      text: p.text,
      owner: p.owner,
      ownerNamed: p.ownerNamed === true,
      ownerOrganisation: p.ownerOrganisation ?? null,
      dueAt: p.dueAt ?? null,
      refersTo: p.refersTo ?? null,
      status: p.completed ? 'done' : p.dropped ? 'dropped' : 'open',
      completedAt: p.completed?.completedAt ?? null,
      dropped: p.dropped ?? null,
    })),
    minutes: {
      approved: state.minutesApprovedAt !== undefined,
      approvedAt: state.minutesApprovedAt ?? null,
      approvedBy: state.minutesApprovedBy ?? null,
      approvedByMeeting: state.minutesApprovedByMeeting ?? null,
      circulation: state.circulations.at(-1) ?? null,
      comments: state.comments.map(({ commentId, itemId, late, ...c }) => ({
        id: commentId,
        ...c,
        itemId: itemId ?? null,
        late: late === true,
      })),
    },
  };
}

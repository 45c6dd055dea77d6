import type { MeetingState } from './meeting.state';

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
    cancelled: state.cancelled ?? null,
    attendance: state.attendance ?? { present: [], absent: [], guests: [] },
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
      decision: item.decision ?? null,
      postponed: item.postponed ?? null,
      postponedFrom: item.postponedFrom ?? null,
      corrections: item.corrections ?? [],
      absent: item.absent ?? [],
    })),
    minutes: {
      approved: state.minutesApprovedAt !== undefined,
      approvedAt: state.minutesApprovedAt ?? null,
      approvedBy: state.minutesApprovedBy ?? null,
    },
  };
}

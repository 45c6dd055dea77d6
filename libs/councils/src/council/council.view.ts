import { lapsedRequests, seatTypeOf, type CouncilState } from './council.state';

/**
 * The body of `GET /councils/:councilId` (issue 3: with `members` and `chair`). Given `now`, the
 * requests for an extraordinary meeting are those still standing then (issue 21.5), also before
 * the next request records the lapse of the others.
 */
export function councilView(state: CouncilState, id: string, now?: string) {
  const chair = state.members.find((m) => m.personId === state.chairPersonId);
  const lapsed = now === undefined ? [] : lapsedRequests(state, now).flatMap((l) => l.personIds);
  return {
    id: state.id || id,
    name: state.name,
    timeZone: state.timeZone,
    reminderOffsets: state.reminderOffsets,
    members: state.members.map(({ personId, name, organisation, email }) => ({
      personId,
      name,
      organisation,
      email,
      seatType: seatTypeOf(state, organisation) ?? null,
    })),
    ...seatsView(state),
    chair: chair ? { personId: chair.personId, name: chair.name } : null,
    secretaries: state.secretaries,
    terms: {
      ordinaryMeetingsPerYear: state.ordinaryMeetingsPerYear,
      requestsLapseAfter: state.requestsLapseAfter ?? null,
    },
    extraordinaryMeeting: {
      required: state.extraordinaryMeetingRequired,
      requestedBy: state.pendingRequests.map((r) => r.personId).filter((p) => !lapsed.includes(p)),
    },
    ...(state.term && { term: state.term }),
    ...(state.continuations.length > 0 && { continuations: state.continuations }),
    ...(state.ended && { ended: state.ended }),
    ...(state.succeeds.length > 0 && { succeeds: state.succeeds, succeedsFrom: state.succeedsFrom }),
    ...(state.succeededBy && { succeededBy: state.succeededBy }),
  };
}

/**
 * Issue 18.2: every seat with its type and holder; the declared seats first, in their order, then
 * organisations holding a seat that was never declared (type `null`). A declared seat nobody holds
 * is a vacancy.
 */
function seatsView(state: CouncilState) {
  const holderOf = (organisation: string) => {
    const m = state.members.find((member) => member.organisation === organisation);
    return m ? { personId: m.personId, name: m.name } : null;
  };
  const declared = state.seats.map((s) => ({ ...s, holder: holderOf(s.organisation) }));
  const undeclared = state.members
    .filter((m) => seatTypeOf(state, m.organisation) === undefined)
    .map((m) => ({ organisation: m.organisation, type: null, holder: holderOf(m.organisation) }));
  const seats = [...declared, ...undeclared];
  return { seats, vacancies: declared.filter((s) => s.holder === null).map((s) => s.organisation) };
}

/** The body of `GET /councils/:councilId/meeting-plan`: every adopted yearly plan. */
export function meetingPlansView(state: CouncilState) {
  return state.plans.map((plan) => ({
    year: plan.year,
    meetings: plan.meetings.map((m) => ({
      id: m.meetingId,
      startsAt: m.startsAt,
      ...(m.place && { place: m.place }),
    })),
    expectedMeetings: plan.expectedMeetings,
    fallsShortBy: plan.fallsShortBy,
  }));
}

import {
  type Decider,
  ForbiddenError,
  InvalidInputError,
  InvalidStateError,
  isPlainDate,
  NotFoundError,
  optionalId,
  PLAIN_DATE_RULE,
  optionalText,
  requireDurations,
  requireId,
  requireInstant,
  requireOwnCouncil,
  requireText,
  sameJson,
  shiftByDuration,
  startOfLocalDay,
} from '@app/kernel';
import { requireTimeZone, yearIn } from '../common/validation';
import { termDates } from './council.deadlines';
import type {
  AdoptMeetingPlan,
  AppointMember,
  CallExtraordinaryMeeting,
  ContinueCouncil,
  CouncilCommand,
  EndCouncil,
  RecordSuccession,
  SetSeats,
  CouncilTerms,
  CreateCouncil,
  ElectChair,
  IssueCouncilReminders,
  SetTerm,
  RequestExtraordinaryMeeting,
  SetCouncilTerms,
  WithdrawExtraordinaryMeetingRequest,
} from './council.commands';
import { type CouncilEvent, type PlannedMeeting, SEAT_TYPES, type SeatType } from './council.events';
import {
  type CouncilState,
  DEFAULT_REMINDER_OFFSETS,
  DEFAULT_TIME_ZONE,
  evolveCouncil,
  initialCouncilState,
  lapsedRequests,
  memberOf,
  seatTypeOf,
  succeededRefusal,
  REQUESTS_FOR_EXTRAORDINARY_MEETING,
  REQUIRED_MEETING_NOTICE_FOR,
} from './council.state';

export const councilDecider: Decider<CouncilCommand, CouncilEvent, CouncilState> = {
  initialState: initialCouncilState,
  evolve: evolveCouncil,
  decide(command, state) {
    if (command.type === 'CreateCouncil') return create(command, state);
    // Only the guard's own council reaches here, but the stream checks too: ids must never cross councils.
    if (!state.exists) throw new NotFoundError('council not found');
    requireOwnCouncil(state.id, command.metadata.councilId, 'council not found');
    if (command.type === 'RecordSuccession') return succeed(command, state);
    const succeeded = succeededRefusal(state, command.metadata.now);
    if (succeeded) {
      // A reminder job left from before the succession records nothing; a person's write is a 409.
      if (command.type === 'IssueCouncilReminders') return [];
      throw new InvalidStateError(succeeded);
    }
    switch (command.type) {
      case 'AppointMember':
        return appoint(command, state);
      case 'ResignMember': {
        const member = memberOf(state, command.data.personId);
        if (!member && !state.everAppointed.includes(command.data.personId)) {
          throw new NotFoundError(`${command.data.personId} is not a member of the council`);
        }
        if (!member) return [];
        const resigned: CouncilEvent = {
          type: 'MemberResigned',
          data: { personId: member.personId, organisation: member.organisation },
        };
        return state.chairPersonId === member.personId
          ? [resigned, { type: 'ChairVacated', data: { personId: member.personId, reason: 'resigned' } }]
          : [resigned];
      }
      case 'ElectChair':
        return elect(command, state);
      case 'AssignSecretary': {
        const data = {
          personId: requireId(command.data.personId, 'personId'),
          name: requireText(command.data.name, 'name'),
          email: requireText(command.data.email, 'email'),
        };
        const known = state.secretaries.find((s) => s.personId === data.personId);
        return known && sameJson(known, data) ? [] : [{ type: 'SecretaryAssigned', data }];
      }
      case 'AdoptMeetingPlan':
        return adoptPlan(command, state);
      case 'SetCouncilTerms':
        return setTerms(command, state);
      case 'RequestExtraordinaryMeeting':
        return request(command, state);
      case 'WithdrawExtraordinaryMeetingRequest':
        return withdrawRequest(command, state);
      case 'CallExtraordinaryMeeting':
        return call(command, state);
      case 'StepDownAsChair':
        // Seed 000: the chair steps down as chair and stays a member; nobody in the chair, nothing to do.
        return state.chairPersonId === undefined
          ? []
          : [{ type: 'ChairVacated', data: { personId: state.chairPersonId, reason: 'stepped-down' } }];
      case 'ContinueCouncil':
        return continueCouncil(command, state);
      case 'SetTerm':
        return setTerm(command, state);
      case 'SetSeats':
        return setSeats(command, state);
      case 'EndCouncil':
        return endCouncil(command, state);
      case 'IssueCouncilReminders':
        return remind(command, state);
    }
  },
};

/**
 * Seed 003: "Regionsrådet besluttede den 19. august 2025 at videreføre rådet i 2026". The dates are
 * the region's calendar days; the decision cannot lie in the future, nor end before it was taken.
 */
function continueCouncil(command: ContinueCouncil, state: CouncilState): CouncilEvent[] {
  const decidedBy = requireText(command.data.decidedBy, 'decidedBy');
  const decidedOn = requirePlainDate(command.data.decidedOn, 'decidedOn');
  const until = requirePlainDate(command.data.until, 'until');
  if (until <= decidedOn) throw new InvalidInputError('until must be after decidedOn', 'until');
  if (startOfLocalDay(decidedOn, state.timeZone).getTime() > Date.parse(command.metadata.now))
    throw new InvalidInputError('decidedOn must not be in the future', 'decidedOn');
  const data = { decidedBy, decidedOn, until };
  if (state.continuations.some((c) => sameJson(c, data))) return [];
  return [{ type: 'CouncilContinued', data }];
}

/**
 * Issue 18.2: seed 001 lists the organisations that each appoint one member; each seat has a type.
 * The list is the whole composition (a later one replaces it); a seat nobody holds is a vacancy.
 */
function setSeats(command: SetSeats, state: CouncilState): CouncilEvent[] {
  if (!Array.isArray(command.data.seats)) throw new InvalidInputError('seats must be a list', 'seats');
  const seats = command.data.seats.map((seat, i) => ({
    organisation: requireText(seat.organisation, `seats.${i}.organisation`),
    type: requireSeatType(seat.type, `seats.${i}.type`),
  }));
  const names = seats.map((s) => s.organisation.toLowerCase());
  const twice = names.findIndex((n, i) => names.indexOf(n) !== i);
  if (twice !== -1)
    throw new InvalidInputError(
      `${seats[twice].organisation} has one seat only`,
      `seats.${twice}.organisation`,
    );
  return sameJson(state.seats, seats) ? [] : [{ type: 'SeatsSet', data: { seats } }];
}

function requireSeatType(value: unknown, field: string): SeatType {
  if (!SEAT_TYPES.includes(value as SeatType))
    throw new InvalidInputError(`${field} must be one of ${SEAT_TYPES.join(', ')}`, field);
  return value as SeatType;
}

/** Issue 18.2: the region ends the council; its last day becomes the term's end. */
function endCouncil(command: EndCouncil, state: CouncilState): CouncilEvent[] {
  const decidedBy = requireText(command.data.decidedBy, 'decidedBy');
  const decidedOn = requirePlainDate(command.data.decidedOn, 'decidedOn');
  const endsOn = requirePlainDate(command.data.endsOn, 'endsOn');
  if (endsOn < decidedOn) throw new InvalidInputError('endsOn must not be before decidedOn', 'endsOn');
  if (startOfLocalDay(decidedOn, state.timeZone).getTime() > Date.parse(command.metadata.now))
    throw new InvalidInputError('decidedOn must not be in the future', 'decidedOn');
  const data = { decidedBy, decidedOn, endsOn };
  return state.ended && sameJson(state.ended, data) ? [] : [{ type: 'CouncilEnded', data }];
}

/** Issue 18.3: a council is succeeded once; the same succession again is a retry. */
function succeed(command: RecordSuccession, state: CouncilState): CouncilEvent[] {
  const data = {
    successorId: requireId(command.data.successorId, 'successorId'),
    from: requirePlainDate(command.data.from, 'succeedsFrom'),
  };
  if (data.successorId === state.id)
    throw new InvalidInputError('a council cannot succeed itself', 'succeeds');
  if (!state.succeededBy) return [{ type: 'CouncilSucceeded', data }];
  if (sameJson(state.succeededBy, data)) return [];
  throw new InvalidStateError(
    `council ${state.id} was already succeeded by council ${state.succeededBy.successorId} on ${state.succeededBy.from}`,
  );
}

/** Seed 001: "konstitueres for to år" and is evaluated before the term ends. */
function setTerm(command: SetTerm, state: CouncilState): CouncilEvent[] {
  const startsOn = requirePlainDate(command.data.startsOn, 'startsOn');
  const endsOn = requirePlainDate(command.data.endsOn, 'endsOn');
  if (endsOn <= startsOn) throw new InvalidInputError('endsOn must be after startsOn', 'endsOn');
  const due = command.data.evaluationDueBy;
  const evaluationDueBy = due === undefined ? undefined : requirePlainDate(due, 'evaluationDueBy');
  if (evaluationDueBy !== undefined && (evaluationDueBy < startsOn || evaluationDueBy > endsOn))
    throw new InvalidInputError('evaluationDueBy must fall within the term', 'evaluationDueBy');
  const data = { startsOn, endsOn, ...(evaluationDueBy !== undefined && { evaluationDueBy }) };
  return state.term && sameJson(state.term, data) ? [] : [{ type: 'TermSet', data }];
}

/**
 * A term reminder goes to the secretariat as it is when it fires, and only while its date still
 * stands: a term moved since the job was scheduled has reminders of its own.
 */
function remind(command: IssueCouncilReminders, state: CouncilState): CouncilEvent[] {
  const { deadline, reminderId, dueAt, remindAt } = command.data;
  if (state.remindersIssued.includes(reminderId)) return [];
  if (!termDates(state).some((d) => d.deadline === deadline && d.dueAt === dueAt)) return [];
  const recipients = state.secretaries.map((s) => s.personId);
  if (recipients.length === 0) return [];
  const late = command.data.late === true && { late: true };
  return [{ type: 'RemindersIssued', data: { deadline, reminderId, dueAt, remindAt, recipients, ...late } }];
}

function requirePlainDate(value: unknown, field: string): string {
  if (!isPlainDate(value)) throw new InvalidInputError(`${field} must be ${PLAIN_DATE_RULE}`, field);
  return value;
}

function create(command: CreateCouncil, state: CouncilState): CouncilEvent[] {
  if (command.metadata.actor.role !== 'admin') throw new ForbiddenError('only an admin creates councils');
  const given = optionalTerms(command.data);
  const data = {
    councilId: requireId(command.data.councilId, 'id'),
    name: requireText(command.data.name, 'name'),
    timeZone: requireTimeZone(command.data.timeZone ?? DEFAULT_TIME_ZONE),
    reminderOffsets: requireDurations(
      command.data.reminderOffsets ?? DEFAULT_REMINDER_OFFSETS,
      'reminderOffsets',
    ),
    ...given,
    ...succession(command),
  };
  if (!state.exists) return [{ type: 'CouncilCreated', data }];
  const existing = {
    councilId: state.id,
    name: state.name,
    timeZone: state.timeZone,
    reminderOffsets: state.reminderOffsets,
    ...(given.ordinaryMeetingsPerYear !== undefined && {
      ordinaryMeetingsPerYear: state.ordinaryMeetingsPerYear,
    }),
    ...(given.requestsLapseAfter !== undefined && { requestsLapseAfter: state.requestsLapseAfter }),
    ...(state.succeeds.length > 0 && { succeeds: state.succeeds, succeedsFrom: state.succeedsFrom }),
  };
  // A retried creation is harmless; the same id for another council is a collision.
  if (sameJson(existing, data)) return [];
  throw new InvalidStateError(`council ${data.councilId} already exists with other details`);
}

/** Issue 18.3: the councils a new one succeeds, and the day it takes over from them. */
function succession(command: CreateCouncil): { succeeds?: string[]; succeedsFrom?: string } {
  const { succeeds, succeedsFrom } = command.data;
  if (succeeds === undefined || succeeds.length === 0) {
    if (succeedsFrom !== undefined)
      throw new InvalidInputError('succeedsFrom needs the councils it succeeds', 'succeedsFrom');
    return {};
  }
  const ids = succeeds.map((id, i) => requireId(id, `succeeds.${i}`));
  if (new Set(ids).size !== ids.length)
    throw new InvalidInputError('succeeds names a council twice', 'succeeds');
  if (ids.includes(command.data.councilId))
    throw new InvalidInputError('a council cannot succeed itself', 'succeeds');
  return { succeeds: ids, succeedsFrom: requirePlainDate(succeedsFrom, 'succeedsFrom') };
}

/** The settings a council's terms of reference fix, as given (absent ones keep seed 001's defaults). */
function optionalTerms(data: CouncilTerms): {
  ordinaryMeetingsPerYear?: number;
  requestsLapseAfter?: string;
} {
  const { ordinaryMeetingsPerYear: perYear } = data;
  const lapse = data.requestsLapseAfter ?? undefined;
  if (perYear !== undefined && (!Number.isInteger(perYear) || perYear < 1 || perYear > 52))
    throw new InvalidInputError(
      'ordinaryMeetingsPerYear must be a whole number from 1 to 52',
      'ordinaryMeetingsPerYear',
    );
  if (lapse !== undefined) requireDurations([lapse], 'requestsLapseAfter');
  return {
    ...(perYear !== undefined && { ordinaryMeetingsPerYear: perYear }),
    ...(lapse !== undefined && { requestsLapseAfter: lapse }),
  };
}

function setTerms(command: SetCouncilTerms, state: CouncilState): CouncilEvent[] {
  if (!['admin', 'secretary'].includes(command.metadata.actor.role))
    throw new ForbiddenError('only the secretariat records the council’s terms');
  const given = optionalTerms(command.data);
  // A setting left out keeps its value; `requestsLapseAfter: null` takes the period away again.
  const lapse =
    command.data.requestsLapseAfter === null
      ? undefined
      : (given.requestsLapseAfter ?? state.requestsLapseAfter);
  const data = {
    ordinaryMeetingsPerYear: given.ordinaryMeetingsPerYear ?? state.ordinaryMeetingsPerYear,
    ...(lapse !== undefined && { requestsLapseAfter: lapse }),
  };
  const now = {
    ordinaryMeetingsPerYear: state.ordinaryMeetingsPerYear,
    ...(state.requestsLapseAfter !== undefined && { requestsLapseAfter: state.requestsLapseAfter }),
  };
  return sameJson(now, data) ? [] : [{ type: 'CouncilTermsSet', data }];
}

/**
 * The id of the person to appoint: the one given; else the one an earlier appointment with the
 * same appointment id made (a replay); else a current member's with the same address (the same
 * person again); else the one the system made for this command.
 */
function personIdOf(command: AppointMember, state: CouncilState): unknown {
  const { personId, appointmentId, email, newPersonId } = command.data;
  if (personId !== undefined) return personId;
  const earlier = appointmentId && state.appointments.find((a) => a.appointmentId === appointmentId);
  if (earlier) return earlier.personId;
  const sameAddress =
    typeof email === 'string' &&
    state.members.find((m) => m.email.trim().toLowerCase() === email.trim().toLowerCase());
  return sameAddress ? sameAddress.personId : newPersonId;
}

function appoint(command: AppointMember, state: CouncilState): CouncilEvent[] {
  const data = {
    personId: requireId(personIdOf(command, state), 'personId'),
    name: requireText(command.data.name, 'name'),
    organisation: requireText(command.data.organisation, 'organisation'),
    email: requireText(command.data.email, 'email'),
  };
  const appointmentId = optionalId(command.data.appointmentId, 'id');
  const known = appointmentId && state.appointments.find((a) => a.appointmentId === appointmentId);
  if (known) {
    if (sameJson(known, { ...data, appointmentId })) return [];
    throw new InvalidStateError(`appointment ${appointmentId} was recorded with other details`);
  }
  const current = memberOf(state, data.personId);
  if (current && sameJson(current, data)) return [];
  if (current && current.organisation !== data.organisation) {
    throw new InvalidStateError(`${data.personId} already holds the seat of ${current.organisation}`);
  }
  const recorded = { ...data, ...(appointmentId && { appointmentId }) };
  const seated = state.members.find(
    (m) => m.organisation === data.organisation && m.personId !== data.personId,
  );
  if (!seated) return [{ type: 'MemberAppointed', data: recorded }];
  const events: CouncilEvent[] = [
    {
      type: 'MemberAppointed',
      data: { ...recorded, replaces: { personId: seated.personId, name: seated.name } },
    },
  ];
  if (state.chairPersonId === seated.personId) {
    events.push({ type: 'ChairVacated', data: { personId: seated.personId, reason: 'replaced' } });
  }
  return events;
}

function elect(command: ElectChair, state: CouncilState): CouncilEvent[] {
  const personId = requireId(command.data.personId, 'personId');
  const electionId = optionalId(command.data.electionId, 'id');
  const known = electionId && state.elections.find((e) => e.electionId === electionId);
  if (known) {
    if (known.personId === personId) return [];
    throw new InvalidStateError(`election ${electionId} already elected ${known.personId}`);
  }
  // Seed 001: "Rådet vælger sin formand blandt medlemmerne".
  const member = memberOf(state, personId);
  if (!member) throw new InvalidStateError(`${personId} is not a member of the council`);
  if (state.chairPersonId === personId) return [];
  // Seed 000: "formanden ikke bør vælges blandt de medlemmer, der er ansat i regionen": advice the
  // members may go against (the rules leave the choice to them), so it is recorded, not refused.
  const againstAdvice = seatTypeOf(state, member.organisation) === 'region';
  const data = {
    personId,
    ...(electionId && { electionId }),
    ...(state.chairPersonId && { previousChairPersonId: state.chairPersonId }),
    ...(againstAdvice && { advice: 'region-seat' as const }),
  };
  return [{ type: 'ChairElected', data }];
}

function adoptPlan(command: AdoptMeetingPlan, state: CouncilState): CouncilEvent[] {
  const { year } = command.data;
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new InvalidInputError('year is not a year', 'year');
  if (command.data.meetings.length === 0)
    throw new InvalidInputError('a plan needs at least one meeting', 'meetings');
  const meetings = command.data.meetings.map((m, i) => plannedMeeting(m, `meetings.${i}`));
  for (const [i, m] of meetings.entries()) {
    if (yearIn(m.startsAt, state.timeZone) !== year) {
      throw new InvalidInputError(`meeting ${m.meetingId} is not in ${year}`, `meetings.${i}.startsAt`);
    }
  }
  if (new Set(meetings.map((m) => m.meetingId)).size !== meetings.length) {
    throw new InvalidInputError('meeting ids must differ', 'meetings');
  }
  const taken = meetings.find(
    (m) =>
      isPlanned(state, m.meetingId, year) ||
      state.extraordinaryMeetings.some((e) => e.meetingId === m.meetingId),
  );
  if (taken) throw new InvalidStateError(`meeting ${taken.meetingId} already exists`);
  meetings.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  // The council's own minimum (seed 001 says four; another council's terms may say otherwise).
  const expectedMeetings = state.ordinaryMeetingsPerYear;
  const plan = {
    year,
    meetings,
    expectedMeetings,
    fallsShortBy: Math.max(0, expectedMeetings - meetings.length),
  };
  const existing = state.plans.find((p) => p.year === year);
  if (!existing) return [{ type: 'MeetingPlanAdopted', data: plan }];
  // Seed 001: the plan is set once a year; repeating it changes nothing, another one is refused.
  if (sameJson(existing, plan)) return [];
  throw new InvalidStateError(`the meeting plan for ${year} is already adopted`);
}

/** Records the requests that stopped standing since the last command looked (issue 21.5). */
function lapses(state: CouncilState, now: string): CouncilEvent[] {
  return lapsedRequests(state, now).map((data) => ({ type: 'ExtraordinaryMeetingRequestsLapsed', data }));
}

function request(command: RequestExtraordinaryMeeting, state: CouncilState): CouncilEvent[] {
  const { actor, now } = command.metadata;
  const { personId } = actor;
  if (!memberOf(state, personId)) throw new ForbiddenError('only members of the council request a meeting');
  if (state.extraordinaryMeetingRequired) {
    throw new InvalidStateError('an extraordinary meeting is already required; it waits to be called');
  }
  const reason = requireText(command.data.reason, 'reason');
  const lapsed = lapses(state, now);
  const standing = lapsed.reduce(evolveCouncil, state).pendingRequests;
  // Three DIFFERENT members: asking twice does not count twice.
  if (standing.some((r) => r.personId === personId)) return lapsed;
  const events: CouncilEvent[] = [
    ...lapsed,
    { type: 'ExtraordinaryMeetingRequested', data: { personId, reason, requestedAt: now } },
  ];
  const askers = [...standing.map((r) => r.personId), personId];
  if (askers.length >= REQUESTS_FOR_EXTRAORDINARY_MEETING) {
    events.push({ type: 'ExtraordinaryMeetingRequired', data: { requestedBy: askers } });
    // Seed 001: the chair "skal" call the meeting now; she is told at once. Without a chair in
    // office, the secretariat, which may call it too, is told instead.
    const recipients = state.chairPersonId ? [state.chairPersonId] : state.secretaries.map((s) => s.personId);
    if (recipients.length > 0)
      events.push({
        type: 'RemindersIssued',
        data: {
          deadline: 'extraordinary-meeting',
          dueAt: shiftByDuration(now, REQUIRED_MEETING_NOTICE_FOR).toISOString(),
          remindAt: now,
          recipients,
        },
      });
  }
  return events;
}

function withdrawRequest(command: WithdrawExtraordinaryMeetingRequest, state: CouncilState): CouncilEvent[] {
  const { personId } = command.metadata.actor;
  // Once three asked, the council must meet (seed 001): the obligation does not go back.
  if (state.extraordinaryMeetingRequired)
    throw new InvalidStateError('the meeting is already required; a request can no longer be withdrawn');
  const lapsed = lapses(state, command.metadata.now);
  const standing = lapsed.reduce(evolveCouncil, state).pendingRequests;
  if (!standing.some((r) => r.personId === personId)) return lapsed;
  return [...lapsed, { type: 'ExtraordinaryMeetingRequestWithdrawn', data: { personId } }];
}

function call(command: CallExtraordinaryMeeting, state: CouncilState): CouncilEvent[] {
  const { actor } = command.metadata;
  // Seed 001: "Formanden kan indkalde rådet til ekstraordinært møde"; the secretariat acts for the council.
  const mayCall =
    actor.role === 'secretary' || (actor.role === 'chair' && actor.personId === state.chairPersonId);
  if (!mayCall) throw new ForbiddenError('only the chair or the secretariat calls an extraordinary meeting');
  const meeting = plannedMeeting(command.data, '');
  const known = state.extraordinaryMeetings.find((m) => m.meetingId === meeting.meetingId);
  if (known) {
    const same = sameJson({ ...known, calledBy: undefined }, { ...meeting, calledBy: undefined });
    if (same) return [];
    throw new InvalidStateError(`meeting ${meeting.meetingId} was already called with other details`);
  }
  if (isPlanned(state, meeting.meetingId))
    throw new InvalidStateError(`meeting ${meeting.meetingId} already exists`);
  return [
    {
      type: 'ExtraordinaryMeetingCalled',
      data: {
        ...meeting,
        calledBy: actor.personId,
        answersRequestsOf: state.pendingRequests.map((r) => r.personId),
      },
    },
  ];
}

function plannedMeeting(m: PlannedMeeting, prefix: string): PlannedMeeting {
  const at = (field: string) => (prefix ? `${prefix}.${field}` : field);
  const place = optionalText(m.place, at('place'));
  return {
    meetingId: requireId(m.meetingId, at('id')),
    startsAt: requireInstant(m.startsAt, at('startsAt')),
    ...(place !== undefined && { place }),
  };
}

function isPlanned(state: CouncilState, meetingId: string, exceptYear?: number): boolean {
  return state.plans.some((p) => p.year !== exceptYear && p.meetings.some((m) => m.meetingId === meetingId));
}

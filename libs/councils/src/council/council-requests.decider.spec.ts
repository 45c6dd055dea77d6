import { deciderSpec, ForbiddenError, InvalidInputError, InvalidStateError } from '@app/kernel';
import { by } from '../testing/metadata';
import type { CouncilCommand } from './council.commands';
import { councilDecider } from './council.decider';
import type { CouncilEvent, MemberDetails } from './council.events';
import { councilView } from './council.view';

/**
 * Seed 001: "Formanden kan indkalde rådet til ekstraordinært møde og skal gøre det efter
 * anmodning fra 3 af rådets medlemmer." Issue 21.5: a request can be withdrawn, stops standing
 * when the council meets or after the period its terms give, counts only while its maker is a
 * member, and the chair is told when three make a meeting required.
 */
const spec = deciderSpec(councilDecider);
const member = (personId: string, organisation: string): MemberDetails => ({
  personId,
  name: personId,
  organisation,
  email: `${personId}@x.dk`,
});
const created: CouncilEvent = {
  type: 'CouncilCreated',
  data: {
    councilId: 'udsatte-h',
    name: 'Udsatterådet',
    timeZone: 'Europe/Copenhagen',
    reminderOffsets: ['P7D'],
  },
};
const council: CouncilEvent[] = [
  created,
  ...['ole', 'nina', 'bo', 'ivan'].map((p, i): CouncilEvent => ({
    type: 'MemberAppointed',
    data: member(p, `Org ${i}`),
  })),
  { type: 'ChairElected', data: { personId: 'ivan' } },
  { type: 'SecretaryAssigned', data: { personId: 'anja', name: 'Anja', email: 'anja@x.dk' } },
];
const JAN = '2022-01-20T15:00:00.000Z';
const FEB = '2022-02-10T15:00:00.000Z';
/** The notice stands two weeks (seed 001 sets no time for calling the meeting). */
const TWO_WEEKS_ON = '2022-02-03T15:00:00.000Z';
const requested = (personId: string, requestedAt = JAN): CouncilEvent => ({
  type: 'ExtraordinaryMeetingRequested',
  data: { personId, reason: 'Flexklinikken lukker', requestedAt },
});
const ask = (personId: string, now = JAN) =>
  ({
    type: 'RequestExtraordinaryMeeting',
    data: { reason: 'Flexklinikken lukker' },
    metadata: by(personId, 'member', now),
  }) as CouncilCommand;
const withdraw = (personId: string, now = JAN) =>
  ({
    type: 'WithdrawExtraordinaryMeetingRequest',
    data: {},
    metadata: by(personId, 'member', now),
  }) as CouncilCommand;

describe('extraordinary-meeting requests (seed 001, issue 21.5)', () => {
  it('a resigned member’s request no longer counts: ole + nina (resigned) + bo is two, not three', () => {
    const ninaResigned: CouncilEvent = {
      type: 'MemberResigned',
      data: { personId: 'nina', organisation: 'Org 1' },
    };
    spec
      .given([...council, requested('ole'), requested('nina'), ninaResigned])
      .when(ask('bo'))
      .then([requested('bo')]);
    // A successor in her seat unseats her, and her request with her.
    const successor: CouncilEvent = {
      type: 'MemberAppointed',
      data: { ...member('nora', 'Org 1'), replaces: { personId: 'nina', name: 'nina' } },
    };
    const state = spec.given([...council, requested('ole'), requested('nina'), successor]).state();
    expect(state.pendingRequests.map((r) => r.personId)).toEqual(['ole']);
  });
  it('three members make it required, and the chair in office is reminded (RemindersIssued)', () => {
    spec
      .given([...council, requested('ole'), requested('nina')])
      .when(ask('bo'))
      .then([
        requested('bo'),
        { type: 'ExtraordinaryMeetingRequired', data: { requestedBy: ['ole', 'nina', 'bo'] } },
        {
          type: 'RemindersIssued',
          data: {
            deadline: 'extraordinary-meeting',
            dueAt: TWO_WEEKS_ON,
            remindAt: JAN,
            recipients: ['ivan'],
          },
        },
      ]);
    // Without a chair in office, the secretariat (which may call the meeting too) is told.
    const vacated: CouncilEvent = { type: 'ChairVacated', data: { personId: 'ivan', reason: 'resigned' } };
    spec
      .given([...council, vacated, requested('ole'), requested('nina')])
      .when(ask('bo'))
      .then([
        requested('bo'),
        { type: 'ExtraordinaryMeetingRequired', data: { requestedBy: ['ole', 'nina', 'bo'] } },
        {
          type: 'RemindersIssued',
          data: {
            deadline: 'extraordinary-meeting',
            dueAt: TWO_WEEKS_ON,
            remindAt: JAN,
            recipients: ['anja'],
          },
        },
      ]);
  });
  it('a member withdraws her request; withdrawing none changes nothing; once required it stands', () => {
    const withdrawn: CouncilEvent = {
      type: 'ExtraordinaryMeetingRequestWithdrawn',
      data: { personId: 'ole' },
    };
    spec
      .given([...council, requested('ole')])
      .when(withdraw('ole'))
      .then([withdrawn]);
    spec
      .given([...council, requested('ole'), withdrawn])
      .when(withdraw('ole'))
      .then([]);
    spec
      .given([...council, requested('ole'), withdrawn, requested('nina')])
      .when(ask('bo'))
      .then([requested('bo')]);
    const required: CouncilEvent = {
      type: 'ExtraordinaryMeetingRequired',
      data: { requestedBy: ['ole', 'nina', 'bo'] },
    };
    spec
      .given([...council, requested('ole'), requested('nina'), requested('bo'), required])
      .when(withdraw('ole'))
      .thenThrows(InvalidStateError, /required/);
  });
  it('lapses when the council holds a meeting after the request', () => {
    const plan: CouncilEvent = {
      type: 'MeetingPlanAdopted',
      data: {
        year: 2022,
        meetings: [{ meetingId: 'm-2022-1', startsAt: '2022-02-01T14:00:00+01:00' }],
        expectedMeetings: 4,
        fallsShortBy: 3,
      },
    };
    spec
      .given([...council, plan, requested('ole'), requested('nina')])
      .when(ask('bo', FEB))
      .then([
        {
          type: 'ExtraordinaryMeetingRequestsLapsed',
          data: { personIds: ['ole', 'nina'], reason: 'meeting-held', meetingId: 'm-2022-1' },
        },
        requested('bo', FEB),
      ]);
    // Before the meeting, the requests still stand and a third makes the meeting required.
    spec
      .given([...council, plan, requested('ole'), requested('nina')])
      .when(ask('bo', '2022-01-25T10:00:00.000Z'))
      .then([
        requested('bo', '2022-01-25T10:00:00.000Z'),
        { type: 'ExtraordinaryMeetingRequired', data: { requestedBy: ['ole', 'nina', 'bo'] } },
        {
          type: 'RemindersIssued',
          data: {
            deadline: 'extraordinary-meeting',
            dueAt: '2022-02-08T10:00:00.000Z',
            remindAt: '2022-01-25T10:00:00.000Z',
            recipients: ['ivan'],
          },
        },
      ]);
  });
  it('the council’s view shows only the requests still standing at the time it is read', () => {
    const plan: CouncilEvent = {
      type: 'MeetingPlanAdopted',
      data: {
        year: 2022,
        meetings: [{ meetingId: 'm-2022-1', startsAt: '2022-02-01T14:00:00+01:00' }],
        expectedMeetings: 4,
        fallsShortBy: 3,
      },
    };
    const state = spec.given([...council, plan, requested('ole')]).state();
    expect(councilView(state, 'udsatte-h', JAN).extraordinaryMeeting.requestedBy).toEqual(['ole']);
    expect(councilView(state, 'udsatte-h', FEB).extraordinaryMeeting.requestedBy).toEqual([]);
  });
  it('lapses after the period the council’s terms give a request', () => {
    const terms: CouncilEvent = {
      type: 'CouncilTermsSet',
      data: { ordinaryMeetingsPerYear: 4, requestsLapseAfter: 'P14D' },
    };
    spec
      .given([...council, terms, requested('ole'), requested('nina', '2022-02-01T09:00:00.000Z')])
      .when(ask('bo', FEB))
      .then([
        { type: 'ExtraordinaryMeetingRequestsLapsed', data: { personIds: ['ole'], reason: 'period-passed' } },
        requested('bo', FEB),
      ]);
    // Without a period in the terms, a request stands until the council meets.
    spec
      .given([...council, requested('ole'), requested('nina', '2022-02-01T09:00:00.000Z')])
      .when(ask('bo', FEB))
      .then([
        requested('bo', FEB),
        { type: 'ExtraordinaryMeetingRequired', data: { requestedBy: ['ole', 'nina', 'bo'] } },
        {
          type: 'RemindersIssued',
          data: {
            deadline: 'extraordinary-meeting',
            dueAt: '2022-02-24T15:00:00.000Z',
            remindAt: FEB,
            recipients: ['ivan'],
          },
        },
      ]);
  });
});

describe('the council’s own terms (seed 001: "fire ordinære møder årligt")', () => {
  const plan = (metadata = by('anja', 'secretary')) =>
    ({
      type: 'AdoptMeetingPlan',
      data: {
        year: 2022,
        meetings: [
          { meetingId: 'm1', startsAt: '2022-03-01T14:00:00+01:00' },
          { meetingId: 'm2', startsAt: '2022-09-01T14:00:00+02:00' },
        ],
      },
      metadata,
    }) as CouncilCommand;
  it('four by default; a council whose terms say six falls short by four with two meetings', () => {
    spec
      .given(council)
      .when(plan())
      .then([
        {
          type: 'MeetingPlanAdopted',
          data: {
            year: 2022,
            meetings: [
              { meetingId: 'm1', startsAt: '2022-03-01T14:00:00+01:00' },
              { meetingId: 'm2', startsAt: '2022-09-01T14:00:00+02:00' },
            ],
            expectedMeetings: 4,
            fallsShortBy: 2,
          },
        },
      ]);
    const six: CouncilEvent = { type: 'CouncilTermsSet', data: { ordinaryMeetingsPerYear: 6 } };
    const [adopted] = councilDecider.decide(plan(), spec.given([...council, six]).state());
    expect(adopted.data).toMatchObject({ expectedMeetings: 6, fallsShortBy: 4 });
  });
  it('are set by the secretariat, given at creation, and checked', () => {
    const set = (data: object, metadata = by('anja', 'secretary')) =>
      ({ type: 'SetCouncilTerms', data, metadata }) as CouncilCommand;
    spec
      .given(council)
      .when(set({ ordinaryMeetingsPerYear: 6, requestsLapseAfter: 'P3M' }))
      .then([{ type: 'CouncilTermsSet', data: { ordinaryMeetingsPerYear: 6, requestsLapseAfter: 'P3M' } }]);
    spec
      .given(council)
      .when(set({ ordinaryMeetingsPerYear: 4 }))
      .then([]);
    // A setting left out (as an HTTP body leaves it: undefined) keeps its value; null clears it.
    const withPeriod: CouncilEvent = {
      type: 'CouncilTermsSet',
      data: { ordinaryMeetingsPerYear: 6, requestsLapseAfter: 'P3M' },
    };
    spec
      .given([...council, withPeriod])
      .when(set({ ordinaryMeetingsPerYear: 5, requestsLapseAfter: undefined }))
      .then([{ type: 'CouncilTermsSet', data: { ordinaryMeetingsPerYear: 5, requestsLapseAfter: 'P3M' } }]);
    spec
      .given([...council, withPeriod])
      .when(set({ requestsLapseAfter: null }))
      .then([{ type: 'CouncilTermsSet', data: { ordinaryMeetingsPerYear: 6 } }]);
    spec
      .given(council)
      .when(set({ ordinaryMeetingsPerYear: 0 }))
      .thenThrows(InvalidInputError, /ordinaryMeetingsPerYear/);
    spec
      .given(council)
      .when(set({ requestsLapseAfter: 'three months' }))
      .thenThrows(InvalidInputError, /requestsLapseAfter/);
    spec
      .given(council)
      .when(set({ ordinaryMeetingsPerYear: 6 }, by('ole', 'member')))
      .thenThrows(ForbiddenError);
    spec
      .given([])
      .when({
        type: 'CreateCouncil',
        data: { councilId: 'udsatte-h', name: 'Udsatterådet', ordinaryMeetingsPerYear: 6 },
        metadata: by('root', 'admin'),
      })
      .then([
        {
          type: 'CouncilCreated',
          data: {
            councilId: 'udsatte-h',
            name: 'Udsatterådet',
            timeZone: 'Europe/Copenhagen',
            reminderOffsets: ['P7D', 'P2D'],
            ordinaryMeetingsPerYear: 6,
          },
        },
      ]);
  });
});

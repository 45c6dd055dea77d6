import {
  deciderSpec,
  ForbiddenError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
} from '@app/kernel';
import { by } from '../testing/metadata';
import type { CouncilCommand } from './council.commands';
import { councilDecider } from './council.decider';
import type { CouncilEvent, MemberDetails } from './council.events';

const spec = deciderSpec(councilDecider);
const admin = by('root', 'admin');
const secretary = by('anja', 'secretary');

const created: CouncilEvent = {
  type: 'CouncilCreated',
  data: {
    councilId: 'udsatte-h',
    name: 'Udsatterådet',
    timeZone: 'Europe/Copenhagen',
    reminderOffsets: ['P7D', 'P2D'],
  },
};
const kira: MemberDetails = {
  personId: 'kira',
  name: 'Kira',
  organisation: 'Reden København',
  email: 'kira@x.dk',
};
const ivan: MemberDetails = {
  personId: 'ivan',
  name: 'Ivan',
  organisation: 'Gadejuristen',
  email: 'ivan@x.dk',
};
const steen: MemberDetails = { personId: 'steen', name: 'Steen', organisation: 'SIND', email: 'steen@x.dk' };
const ole: MemberDetails = { personId: 'ole', name: 'Ole', organisation: 'WeShelter', email: 'ole@x.dk' };
const appointed = (m: MemberDetails): CouncilEvent => ({ type: 'MemberAppointed', data: m });
const council = [created, appointed(kira), appointed(ivan), appointed(steen), appointed(ole)];
const cmd = <C extends CouncilCommand>(type: C['type'], data: C['data'], metadata = secretary) =>
  ({ type, data, metadata }) as C;

describe('council decider', () => {
  describe('creation', () => {
    const create = (data: object, metadata = admin) =>
      cmd('CreateCouncil', { councilId: 'udsatte-h', name: 'Udsatterådet', ...data }, metadata);

    it('creates with the default time zone and reminder offsets', () => {
      spec.given([]).when(create({})).then([created]);
    });
    it('is done by an admin only', () => {
      spec.given([]).when(create({}, secretary)).thenThrows(ForbiddenError);
    });
    it('refuses reminder offsets that are not ISO durations, and unknown time zones', () => {
      spec
        .given([])
        .when(create({ reminderOffsets: ['7 days'] }))
        .thenThrows(InvalidInputError, /reminderOffsets/);
      spec
        .given([])
        .when(create({ timeZone: 'Mars/Olympus' }))
        .thenThrows(InvalidInputError, /timeZone/);
    });
    it('changes nothing when retried with the same content, and refuses other content (409)', () => {
      spec.given([created]).when(create({})).then([]);
      spec
        .given([created])
        .when(create({ name: 'Other' }))
        .thenThrows(InvalidStateError);
    });
    it('refuses commands to a council that does not exist', () => {
      spec.given([]).when(cmd('AppointMember', kira)).thenThrows(NotFoundError);
    });
  });

  describe('members', () => {
    it('appoints one member per organisation', () => {
      spec
        .given([created])
        .when(cmd('AppointMember', kira))
        .then([appointed(kira)]);
    });
    it('replaces the seat holder of the same organisation and says whom (no substitutes, seed 001)', () => {
      const nanna = { ...kira, personId: 'nanna', name: 'Nanna' };
      spec
        .given(council)
        .when(cmd('AppointMember', nanna))
        .then([
          { type: 'MemberAppointed', data: { ...nanna, replaces: { personId: 'kira', name: 'Kira' } } },
        ]);
      const after = spec
        .given([
          ...council,
          { type: 'MemberAppointed', data: { ...nanna, replaces: { personId: 'kira', name: 'Kira' } } },
        ])
        .state();
      expect(after.members.map((m) => m.personId)).toEqual(['ivan', 'steen', 'ole', 'nanna']);
    });
    it('empties the chair when the chair is unseated by a new appointment', () => {
      const nanna = { ...kira, personId: 'nanna', name: 'Nanna' };
      spec
        .given([...council, { type: 'ChairElected', data: { personId: 'kira' } }])
        .when(cmd('AppointMember', nanna))
        .then([
          { type: 'MemberAppointed', data: { ...nanna, replaces: { personId: 'kira', name: 'Kira' } } },
          { type: 'ChairVacated', data: { personId: 'kira', reason: 'replaced' } },
        ]);
    });
    it('changes nothing for a repeated appointment, refuses one person in two seats', () => {
      spec.given(council).when(cmd('AppointMember', kira)).then([]);
      spec
        .given(council)
        .when(cmd('AppointMember', { ...kira, organisation: 'SIND' }))
        .thenThrows(InvalidStateError);
    });
    describe('person ids made by the system (issue 19)', () => {
      const { personId: _given, ...kiraWithoutId } = kira;
      it('uses the id the system made when none is given', () => {
        spec
          .given([created])
          .when(cmd('AppointMember', { ...kiraWithoutId, newPersonId: 'p-7f3a' }))
          .then([appointed({ ...kira, personId: 'p-7f3a' })]);
      });
      it('keeps a given id, for imports and scripts', () => {
        spec
          .given([created])
          .when(cmd('AppointMember', { ...kira, newPersonId: 'p-7f3a' }))
          .then([appointed(kira)]);
      });
      it('keeps the id of a current member with the same address, so a repeat changes nothing', () => {
        spec
          .given(council)
          .when(cmd('AppointMember', { ...kiraWithoutId, newPersonId: 'p-7f3a' }))
          .then([]);
      });
      it('keeps the id of an earlier appointment with the same appointment id', () => {
        const first = {
          type: 'MemberAppointed',
          data: { ...kira, personId: 'p-1', appointmentId: 'a-1' },
        } as const;
        spec
          .given([
            created,
            first,
            { type: 'MemberResigned', data: { personId: 'p-1', organisation: kira.organisation } },
          ])
          .when(cmd('AppointMember', { ...kiraWithoutId, appointmentId: 'a-1', newPersonId: 'p-2' }))
          .then([]);
      });
      it('refuses an appointment with no id at all', () => {
        spec
          .given([created])
          .when(cmd('AppointMember', kiraWithoutId))
          .thenThrows(InvalidInputError, /personId/);
      });
    });
    it('refuses an appointment without an email', () => {
      spec
        .given([created])
        .when(cmd('AppointMember', { ...kira, email: ' ' }))
        .thenThrows(InvalidInputError, /email/);
    });
    it('lets a member resign, and a repeated resignation changes nothing', () => {
      const resigned: CouncilEvent = {
        type: 'MemberResigned',
        data: { personId: 'ole', organisation: 'WeShelter' },
      };
      spec
        .given(council)
        .when(cmd('ResignMember', { personId: 'ole' }))
        .then([resigned]);
      spec
        .given([...council, resigned])
        .when(cmd('ResignMember', { personId: 'ole' }))
        .then([]);
    });
  });

  describe('chair', () => {
    it('records the chair elected among the members', () => {
      spec
        .given(council)
        .when(cmd('ElectChair', { personId: 'kira' }))
        .then([{ type: 'ChairElected', data: { personId: 'kira' } }]);
    });
    it('refuses a non-member as chair', () => {
      spec
        .given(council)
        .when(cmd('ElectChair', { personId: 'anja' }))
        .thenThrows(InvalidStateError, /not a member/);
    });
    it('leaves the chair empty when the chair resigns, until the next election (seed 000)', () => {
      const history: CouncilEvent[] = [...council, { type: 'ChairElected', data: { personId: 'kira' } }];
      spec
        .given(history)
        .when(cmd('ResignMember', { personId: 'kira' }))
        .then([
          { type: 'MemberResigned', data: { personId: 'kira', organisation: 'Reden København' } },
          { type: 'ChairVacated', data: { personId: 'kira', reason: 'resigned' } },
        ]);
      const vacated: CouncilEvent[] = [
        ...history,
        { type: 'MemberResigned', data: { personId: 'kira', organisation: 'Reden København' } },
        { type: 'ChairVacated', data: { personId: 'kira', reason: 'resigned' } },
      ];
      expect(spec.given(vacated).state().chairPersonId).toBeUndefined();
      spec
        .given(vacated)
        .when(cmd('ElectChair', { personId: 'kira' }))
        .thenThrows(InvalidStateError);
      spec
        .given(vacated)
        .when(cmd('ElectChair', { personId: 'ivan' }))
        .then([{ type: 'ChairElected', data: { personId: 'ivan' } }]);
    });
    it('names the previous chair on a new election, and a repeat changes nothing', () => {
      const history: CouncilEvent[] = [...council, { type: 'ChairElected', data: { personId: 'kira' } }];
      spec
        .given(history)
        .when(cmd('ElectChair', { personId: 'ivan' }))
        .then([{ type: 'ChairElected', data: { personId: 'ivan', previousChairPersonId: 'kira' } }]);
      spec
        .given(history)
        .when(cmd('ElectChair', { personId: 'kira' }))
        .then([]);
    });
  });

  describe('replays with client-chosen ids', () => {
    it('an appointment id already recorded changes nothing, even after the member resigned', () => {
      const withId: CouncilEvent = { type: 'MemberAppointed', data: { ...kira, appointmentId: 'a-kira' } };
      const resigned: CouncilEvent = {
        type: 'MemberResigned',
        data: { personId: 'kira', organisation: 'Reden København' },
      };
      spec
        .given([created])
        .when(cmd('AppointMember', { ...kira, appointmentId: 'a-kira' }))
        .then([withId]);
      spec
        .given([created, withId, resigned])
        .when(cmd('AppointMember', { ...kira, appointmentId: 'a-kira' }))
        .then([]);
      spec
        .given([created, withId])
        .when(cmd('AppointMember', { ...kira, email: 'other@x.dk', appointmentId: 'a-kira' }))
        .thenThrows(InvalidStateError);
      // Without the id, appointing her again after she left is a new appointment.
      spec
        .given([created, withId, resigned])
        .when(cmd('AppointMember', kira))
        .then([appointed(kira)]);
    });
    it('an election id already recorded changes nothing, another person under it is 409', () => {
      const elected: CouncilEvent = {
        type: 'ChairElected',
        data: { personId: 'kira', electionId: 'e-2020' },
      };
      spec
        .given(council)
        .when(cmd('ElectChair', { personId: 'kira', electionId: 'e-2020' }))
        .then([elected]);
      spec
        .given([
          ...council,
          elected,
          { type: 'ChairElected', data: { personId: 'ivan', previousChairPersonId: 'kira' } },
        ])
        .when(cmd('ElectChair', { personId: 'kira', electionId: 'e-2020' }))
        .then([]);
      spec
        .given([...council, elected])
        .when(cmd('ElectChair', { personId: 'ivan', electionId: 'e-2020' }))
        .thenThrows(InvalidStateError);
    });
  });

  describe('the chair steps down, the council is continued', () => {
    const kiraChair: CouncilEvent = { type: 'ChairElected', data: { personId: 'kira' } };
    it('seed 000: Kira steps down as chair and stays a member; then her organisation names another', () => {
      spec
        .given([...council, kiraChair])
        .when(cmd('StepDownAsChair', {}))
        .then([{ type: 'ChairVacated', data: { personId: 'kira', reason: 'stepped-down' } }]);
      const steppedDown: CouncilEvent = {
        type: 'ChairVacated',
        data: { personId: 'kira', reason: 'stepped-down' },
      };
      expect(
        spec
          .given([...council, kiraChair, steppedDown])
          .state()
          .members.map((m) => m.personId),
      ).toContain('kira');
      spec
        .given([...council, kiraChair, steppedDown])
        .when(cmd('StepDownAsChair', {}))
        .then([]);
    });

    const continued = { decidedBy: 'Regionsrådet', decidedOn: '2025-08-19', until: '2026-12-31' };
    const today = by('anja', 'secretary', '2026-12-06T09:00:00.000Z');
    it('seed 003: records the region’s decision to continue the council, once', () => {
      spec
        .given(council)
        .when(cmd('ContinueCouncil', continued, today))
        .then([{ type: 'CouncilContinued', data: continued }]);
      spec
        .given([...council, { type: 'CouncilContinued', data: continued }])
        .when(cmd('ContinueCouncil', continued, today))
        .then([]);
    });
    it('refuses a decision in the future, an end before it, and dates that are not dates (400)', () => {
      // 6 December 2026, 09:00Z: the 6th has begun in Copenhagen, the 7th has not.
      const on = (decidedOn: string) => cmd('ContinueCouncil', { ...continued, decidedOn }, today);
      spec
        .given(council)
        .when(on('2026-12-06'))
        .then([{ type: 'CouncilContinued', data: { ...continued, decidedOn: '2026-12-06' } }]);
      spec
        .given(council)
        .when(on('2026-12-07'))
        .thenThrows(InvalidInputError, 'decidedOn must not be in the future');
      spec
        .given(council)
        .when(cmd('ContinueCouncil', { ...continued, until: '2025-08-19' }, today))
        .thenThrows(InvalidInputError, 'until must be after decidedOn');
      spec
        .given(council)
        .when(on('19-08-2025'))
        .thenThrows(InvalidInputError, /decidedOn must be a date/);
    });
  });

  describe('the term', () => {
    const term = { startsOn: '2024-01-01', endsOn: '2025-12-31', evaluationDueBy: '2025-10-31' };
    it('seed 001: sets a two-year term with its evaluation date; the same again changes nothing', () => {
      spec
        .given(council)
        .when(cmd('SetTerm', term))
        .then([{ type: 'TermSet', data: term }]);
      spec
        .given([...council, { type: 'TermSet', data: term }])
        .when(cmd('SetTerm', term))
        .then([]);
    });
    it('refuses an end before the start and an evaluation outside the term (400)', () => {
      spec
        .given(council)
        .when(cmd('SetTerm', { ...term, endsOn: '2023-12-31' }))
        .thenThrows(InvalidInputError, 'endsOn must be after startsOn');
      spec
        .given(council)
        .when(cmd('SetTerm', { ...term, evaluationDueBy: '2026-01-15' }))
        .thenThrows(InvalidInputError, 'evaluationDueBy must fall within the term');
      spec
        .given(council)
        .when(cmd('SetTerm', { ...term, startsOn: '2024-02-30' }))
        .thenThrows(InvalidInputError, /startsOn must be a date/);
    });
  });

  describe('term reminders', () => {
    const term: CouncilEvent = { type: 'TermSet', data: { startsOn: '2024-01-01', endsOn: '2025-12-31' } };
    const anja: CouncilEvent = {
      type: 'SecretaryAssigned',
      data: { personId: 'anja', name: 'Anja', email: 'anja@x.dk' },
    };
    const data = {
      deadline: 'term-end' as const,
      reminderId: 'term-end-2025-12-31T23:00:00.000Z-P7D',
      dueAt: '2025-12-31T23:00:00.000Z',
      remindAt: '2025-12-24T23:00:00.000Z',
    };
    const system = by('system', 'system');
    it('reminds the secretariat as it is when the reminder fires, once', () => {
      spec
        .given([...council, term, anja])
        .when(cmd('IssueCouncilReminders', data, system))
        .then([{ type: 'RemindersIssued', data: { ...data, recipients: ['anja'] } }]);
      spec
        .given([...council, term, anja, { type: 'RemindersIssued', data: { ...data, recipients: ['anja'] } }])
        .when(cmd('IssueCouncilReminders', data, system))
        .then([]);
    });
    it('records nothing for a term moved since, or with no secretary to remind', () => {
      const moved: CouncilEvent = { type: 'TermSet', data: { startsOn: '2024-01-01', endsOn: '2026-06-30' } };
      spec
        .given([...council, term, anja, moved])
        .when(cmd('IssueCouncilReminders', data, system))
        .then([]);
      spec
        .given([...council, term])
        .when(cmd('IssueCouncilReminders', data, system))
        .then([]);
    });
  });

  describe('secretaries', () => {
    const anja = { personId: 'anja', name: 'Anja', email: 'anja@regionh.dk' };
    it('records who gets the secretary reminders, once', () => {
      spec
        .given([created])
        .when(cmd('AssignSecretary', anja))
        .then([{ type: 'SecretaryAssigned', data: anja }]);
      spec
        .given([created, { type: 'SecretaryAssigned', data: anja }])
        .when(cmd('AssignSecretary', anja))
        .then([]);
    });
  });

  describe('meeting plan', () => {
    const meetings = [
      { meetingId: 'm2', startsAt: '2022-03-30T14:00:00+02:00', place: 'Regionsgården' },
      { meetingId: 'm1', startsAt: '2022-01-20T14:00:00+01:00', place: 'Regionsgården' },
    ];
    it('accepts fewer than four meetings but says it falls short, in date order', () => {
      spec
        .given([created])
        .when(cmd('AdoptMeetingPlan', { year: 2022, meetings }))
        .then([
          {
            type: 'MeetingPlanAdopted',
            data: { year: 2022, meetings: [meetings[1], meetings[0]], expectedMeetings: 4, fallsShortBy: 2 },
          },
        ]);
    });
    it('refuses a meeting outside the year in the council time zone, and an empty plan', () => {
      const newYearsEve = { meetingId: 'm9', startsAt: '2021-12-31T23:30:00Z' }; // 00:30 on 1 January in Copenhagen
      spec
        .given([created])
        .when(cmd('AdoptMeetingPlan', { year: 2022, meetings: [newYearsEve] }))
        .then([
          {
            type: 'MeetingPlanAdopted',
            data: { year: 2022, meetings: [newYearsEve], expectedMeetings: 4, fallsShortBy: 3 },
          },
        ]);
      spec
        .given([created])
        .when(cmd('AdoptMeetingPlan', { year: 2023, meetings: [meetings[0]] }))
        .thenThrows(InvalidInputError, /not in 2023/);
      spec
        .given([created])
        .when(cmd('AdoptMeetingPlan', { year: 2022, meetings: [] }))
        .thenThrows(InvalidInputError);
      spec
        .given([created])
        .when(
          cmd('AdoptMeetingPlan', {
            year: 2022,
            meetings: [{ meetingId: 'm1', startsAt: '2022-01-20T14:00' }],
          }),
        )
        .thenThrows(InvalidInputError, /offset/);
    });
    it('is set once a year: the same plan again changes nothing, another is 409', () => {
      const adopted: CouncilEvent = {
        type: 'MeetingPlanAdopted',
        data: { year: 2022, meetings: [meetings[1], meetings[0]], expectedMeetings: 4, fallsShortBy: 2 },
      };
      spec
        .given([created, adopted])
        .when(cmd('AdoptMeetingPlan', { year: 2022, meetings }))
        .then([]);
      spec
        .given([created, adopted])
        .when(cmd('AdoptMeetingPlan', { year: 2022, meetings: [meetings[0]] }))
        .thenThrows(InvalidStateError);
    });
    it('refuses a meeting id already used in another year', () => {
      const adopted: CouncilEvent = {
        type: 'MeetingPlanAdopted',
        data: { year: 2022, meetings: [meetings[1]], expectedMeetings: 4, fallsShortBy: 3 },
      };
      spec
        .given([created, adopted])
        .when(
          cmd('AdoptMeetingPlan', {
            year: 2023,
            meetings: [{ meetingId: 'm1', startsAt: '2023-01-20T14:00:00+01:00' }],
          }),
        )
        .thenThrows(InvalidStateError);
    });
  });

  describe('extraordinary meetings', () => {
    const ask = (personId: string, role: 'member' | 'chair' = 'member') =>
      cmd('RequestExtraordinaryMeeting', { reason: 'Flexklinikken' }, by(personId, role));
    const requested = (personId: string): CouncilEvent => ({
      type: 'ExtraordinaryMeetingRequested',
      data: { personId, reason: 'Flexklinikken', requestedAt: '2022-01-20T15:00:00.000Z' },
    });

    it('records a request from a member; the same member asking again does not count twice', () => {
      spec
        .given(council)
        .when(ask('kira'))
        .then([requested('kira')]);
      spec
        .given([...council, requested('kira')])
        .when(ask('kira'))
        .then([]);
    });
    it('refuses a request from someone who is not a member', () => {
      spec.given(council).when(ask('anja')).thenThrows(ForbiddenError);
    });
    it('becomes required at the third different member, saying who asked', () => {
      spec
        .given([...council, requested('kira'), requested('ivan')])
        .when(ask('steen'))
        .then([
          requested('steen'),
          { type: 'ExtraordinaryMeetingRequired', data: { requestedBy: ['kira', 'ivan', 'steen'] } },
        ]);
    });
    it('refuses a fourth request once the meeting is required (409)', () => {
      const required: CouncilEvent[] = [
        ...council,
        requested('kira'),
        requested('ivan'),
        requested('steen'),
        { type: 'ExtraordinaryMeetingRequired', data: { requestedBy: ['kira', 'ivan', 'steen'] } },
      ];
      spec
        .given(required)
        .when(ask('ole'))
        .thenThrows(InvalidStateError, /already required/);
    });

    const meeting = { meetingId: 'x1', startsAt: '2022-02-10T16:00:00+01:00', place: 'Online' };
    it('is called by the chair, answering the pending requests, which then start over', () => {
      const history: CouncilEvent[] = [
        ...council,
        { type: 'ChairElected', data: { personId: 'ivan' } },
        requested('kira'),
      ];
      const called: CouncilEvent = {
        type: 'ExtraordinaryMeetingCalled',
        data: { ...meeting, calledBy: 'ivan', answersRequestsOf: ['kira'] },
      };
      spec
        .given(history)
        .when(cmd('CallExtraordinaryMeeting', meeting, by('ivan', 'chair')))
        .then([called]);
      spec
        .given([...history, called])
        .when(ask('kira'))
        .then([requested('kira')]);
      spec
        .given([...history, called])
        .when(cmd('CallExtraordinaryMeeting', meeting, by('ivan', 'chair')))
        .then([]);
      spec
        .given([...history, called])
        .when(cmd('CallExtraordinaryMeeting', { ...meeting, place: 'Bispebjerg' }, by('ivan', 'chair')))
        .thenThrows(InvalidStateError);
    });
    it('may be called by the secretariat, but not by a chair token of someone no longer chair', () => {
      spec
        .given(council)
        .when(cmd('CallExtraordinaryMeeting', meeting))
        .then([
          {
            type: 'ExtraordinaryMeetingCalled',
            data: { ...meeting, calledBy: 'anja', answersRequestsOf: [] },
          },
        ]);
      spec
        .given(council)
        .when(cmd('CallExtraordinaryMeeting', meeting, by('kira', 'chair')))
        .thenThrows(ForbiddenError);
      spec
        .given(council)
        .when(cmd('CallExtraordinaryMeeting', meeting, by('kira', 'member')))
        .thenThrows(ForbiddenError);
    });
  });
});

describe('council decider across councils', () => {
  it('does not find a council through another council id', () => {
    const other = { ...by('anja', 'secretary'), councilId: 'udsatte-n' };
    deciderSpec(councilDecider)
      .given([created])
      .when({ type: 'ElectChair', data: { personId: 'kira' }, metadata: other })
      .thenThrows(NotFoundError);
  });
});

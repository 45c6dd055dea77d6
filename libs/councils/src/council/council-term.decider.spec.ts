/**
 * Issue 18.2 (seats by organisation and type, vacancies, the region's decision to end the
 * council, a continuation moving the term's end), 18.3 (succession) and 21.7 (the chair's advice).
 */
import { deciderSpec, InvalidInputError, InvalidStateError } from '@app/kernel';
import { by } from '../testing/metadata';
import type { CouncilCommand } from './council.commands';
import { councilDecider } from './council.decider';
import { councilDeadlines } from './council.deadlines';
import type { CouncilEvent, MemberDetails, Seat } from './council.events';
import { councilView } from './council.view';

const spec = deciderSpec(councilDecider);
const secretary = by('anja', 'secretary', '2026-12-06T09:00:00.000Z');
const cmd = <C extends CouncilCommand>(type: C['type'], data: C['data'], metadata = secretary) =>
  ({ type, data, metadata }) as C;

const created: CouncilEvent = {
  type: 'CouncilCreated',
  data: {
    councilId: 'udsatte-h',
    name: 'Udsatterådet',
    timeZone: 'Europe/Copenhagen',
    reminderOffsets: ['P7D'],
  },
};
const member = (personId: string, organisation: string): MemberDetails => ({
  personId,
  name: personId,
  organisation,
  email: `${personId}@x.dk`,
});
const appointed = (m: MemberDetails): CouncilEvent => ({ type: 'MemberAppointed', data: m });
// Seed 001's organisations; the types are ours (the seed names the organisations, not their kind).
const seats: Seat[] = [
  { organisation: 'Reden København (KFUK)', type: 'ngo' },
  { organisation: 'SIND', type: 'user-organisation' },
  { organisation: 'Gadejuristen', type: 'professional' },
  { organisation: 'Den Sociale Virksomhed, Region Hovedstaden', type: 'region' },
];
const seatsSet: CouncilEvent = { type: 'SeatsSet', data: { seats } };
const kira = member('kira', 'Reden København (KFUK)');
const ivan = member('ivan', 'Gadejuristen');
const pernille = member('pernille', 'Den Sociale Virksomhed, Region Hovedstaden');
const council = [created, seatsSet, appointed(kira), appointed(ivan), appointed(pernille)];

describe('the council’s seats (issue 18.2)', () => {
  it('records the seats by organisation with their type; the same list again changes nothing', () => {
    spec.given([created]).when(cmd('SetSeats', { seats })).then([seatsSet]);
    spec.given([created, seatsSet]).when(cmd('SetSeats', { seats })).then([]);
  });
  it('refuses an unknown type and an organisation with two seats (seed 001: one member each)', () => {
    spec
      .given([created])
      .when(cmd('SetSeats', { seats: [{ organisation: 'SIND', type: 'patient' as Seat['type'] }] }))
      .thenThrows(InvalidInputError, /seats\.0\.type must be one of/);
    spec
      .given([created])
      .when(cmd('SetSeats', { seats: [...seats, { organisation: 'sind', type: 'ngo' }] }))
      .thenThrows(InvalidInputError, 'sind has one seat only');
  });
  it('shows each seat with its holder, a seat nobody holds as a vacancy, and a member’s seat type', () => {
    const view = councilView(spec.given(council).state(), 'udsatte-h');
    expect(view.vacancies).toEqual(['SIND']);
    expect(view.seats).toContainEqual({ organisation: 'SIND', type: 'user-organisation', holder: null });
    expect(view.seats).toContainEqual({
      organisation: 'Gadejuristen',
      type: 'professional',
      holder: { personId: 'ivan', name: 'ivan' },
    });
    expect(view.members.find((m) => m.personId === 'pernille')?.seatType).toBe('region');
  });
  it('shows a held seat that was never declared with type null, and no vacancy for it', () => {
    const view = councilView(spec.given([...council, appointed(member('bo', 'WeShelter'))]).state(), 'x');
    expect(view.seats.at(-1)).toEqual({
      organisation: 'WeShelter',
      type: null,
      holder: { personId: 'bo', name: 'bo' },
    });
    expect(view.vacancies).toEqual(['SIND']);
  });
  it('seed 000: Kira steps down as chair and stays; Reden København then names Sara to her seat', () => {
    const kiraChair: CouncilEvent = { type: 'ChairElected', data: { personId: 'kira' } };
    const stepped: CouncilEvent = {
      type: 'ChairVacated',
      data: { personId: 'kira', reason: 'stepped-down' },
    };
    spec
      .given([...council, kiraChair])
      .when(cmd('StepDownAsChair', {}))
      .then([stepped]);
    const sara = member('sara', 'Reden København (KFUK)');
    spec
      .given([...council, kiraChair, stepped])
      .when(cmd('AppointMember', sara))
      .then([{ type: 'MemberAppointed', data: { ...sara, replaces: { personId: 'kira', name: 'kira' } } }]);
    const after = councilView(
      spec.given([...council, kiraChair, stepped, appointed({ ...sara })]).state(),
      'udsatte-h',
    );
    expect(after.seats[0]).toEqual({
      organisation: 'Reden København (KFUK)',
      type: 'ngo',
      holder: { personId: 'sara', name: 'sara' },
    });
    expect(after.chair).toBeNull();
  });
});

describe('the chair’s advice (issue 21.7)', () => {
  it('seed 000: electing a member whose seat is the region’s own is recorded with the advice, not refused', () => {
    spec
      .given(council)
      .when(cmd('ElectChair', { personId: 'pernille' }))
      .then([{ type: 'ChairElected', data: { personId: 'pernille', advice: 'region-seat' } }]);
  });
  it('gives no advice for other seats, nor for a seat whose type was never declared', () => {
    spec
      .given(council)
      .when(cmd('ElectChair', { personId: 'ivan' }))
      .then([{ type: 'ChairElected', data: { personId: 'ivan' } }]);
    const undeclared = [created, appointed(pernille)];
    spec
      .given(undeclared)
      .when(cmd('ElectChair', { personId: 'pernille' }))
      .then([{ type: 'ChairElected', data: { personId: 'pernille' } }]);
  });
});

describe('the term’s end (issue 18.2)', () => {
  const term: CouncilEvent = {
    type: 'TermSet',
    data: { startsOn: '2024-01-01', endsOn: '2025-12-31', evaluationDueBy: '2025-10-31' },
  };
  const continued: CouncilEvent = {
    type: 'CouncilContinued',
    data: { decidedBy: 'Regionsrådet', decidedOn: '2025-08-19', until: '2026-12-31' },
  };
  it('seed 003: a continuation past the end moves the term’s end, and its reminder with it', () => {
    const state = spec.given([created, term, continued]).state();
    expect(state.term).toEqual({
      startsOn: '2024-01-01',
      endsOn: '2026-12-31',
      evaluationDueBy: '2025-10-31',
    });
    const ids = councilDeadlines(state, 'council-udsatte-h').map((d) => d.id);
    expect(ids).toContain('term-end-2026-12-31T23:00:00.000Z-P7D');
    expect(ids).not.toContain('term-end-2025-12-31T23:00:00.000Z-P7D');
  });
  it('a continuation within the term leaves its end', () => {
    const within: CouncilEvent = {
      ...continued,
      data: { ...continued.data, until: '2025-06-30' },
    } as CouncilEvent;
    expect(spec.given([created, term, within]).state().term?.endsOn).toBe('2025-12-31');
  });
  const ended = { decidedBy: 'Regionsrådet', decidedOn: '2026-06-23', endsOn: '2026-09-30' };
  it('records the region’s decision to end the council; its last day becomes the term’s end', () => {
    spec
      .given([created, term, continued])
      .when(cmd('EndCouncil', ended))
      .then([{ type: 'CouncilEnded', data: ended }]);
    const state = spec.given([created, term, continued, { type: 'CouncilEnded', data: ended }]).state();
    expect(state.term?.endsOn).toBe('2026-09-30');
    expect(councilView(state, 'udsatte-h').ended).toEqual(ended);
    spec
      .given([created, { type: 'CouncilEnded', data: ended }])
      .when(cmd('EndCouncil', ended))
      .then([]);
  });
  it('refuses an end decided in the future or ending before it was decided (400)', () => {
    spec
      .given([created])
      .when(cmd('EndCouncil', { ...ended, decidedOn: '2026-12-07', endsOn: '2026-12-31' }))
      .thenThrows(InvalidInputError, 'decidedOn must not be in the future');
    spec
      .given([created])
      .when(cmd('EndCouncil', { ...ended, endsOn: '2026-06-22' }))
      .thenThrows(InvalidInputError, 'endsOn must not be before decidedOn');
  });
});

describe('successor councils (issue 18.3)', () => {
  const admin = by('root', 'admin', '2026-12-06T09:00:00.000Z');
  const succession = { successorId: 'udsatte-oest', from: '2027-01-01' };
  const succeeded: CouncilEvent = { type: 'CouncilSucceeded', data: succession };
  it('creates a council that succeeds others from a date', () => {
    const data = {
      councilId: 'udsatte-oest',
      name: 'Østdanmark',
      succeeds: ['udsatte-s', 'udsatte-h'],
      succeedsFrom: '2027-01-01',
    };
    spec
      .given([])
      .when(cmd('CreateCouncil', data, { ...admin, councilId: 'udsatte-oest' }))
      .then([
        {
          type: 'CouncilCreated',
          data: { ...data, timeZone: 'Europe/Copenhagen', reminderOffsets: ['P7D', 'P2D'] },
        },
      ]);
    spec
      .given([])
      .when(cmd('CreateCouncil', { ...data, succeedsFrom: undefined }, admin))
      .thenThrows(InvalidInputError, /succeedsFrom must be a date/);
    spec
      .given([])
      .when(cmd('CreateCouncil', { ...data, succeeds: ['udsatte-oest'] }, admin))
      .thenThrows(InvalidInputError, 'a council cannot succeed itself');
  });
  it('records its successor on a predecessor once; another successor is a 409', () => {
    spec
      .given(council)
      .when(cmd('RecordSuccession', succession, admin))
      .then([succeeded]);
    spec
      .given([...council, succeeded])
      .when(cmd('RecordSuccession', succession, admin))
      .then([]);
    spec
      .given([...council, succeeded])
      .when(cmd('RecordSuccession', { ...succession, successorId: 'other' }, admin))
      .thenThrows(
        InvalidStateError,
        'council udsatte-h was already succeeded by council udsatte-oest on 2027-01-01',
      );
  });
  it('takes writes until the successor’s first day, and none from then (409 naming the successor)', () => {
    spec
      .given([...council, succeeded])
      .when(cmd('SetSeats', { seats: [] }))
      .then([{ type: 'SeatsSet', data: { seats: [] } }]);
    const newYear = by('anja', 'secretary', '2026-12-31T23:00:00.000Z');
    spec
      .given([...council, succeeded])
      .when(cmd('SetSeats', { seats: [] }, newYear))
      .thenThrows(
        InvalidStateError,
        'council udsatte-h was succeeded by council udsatte-oest on 2027-01-01; it takes no new writes',
      );
  });
});

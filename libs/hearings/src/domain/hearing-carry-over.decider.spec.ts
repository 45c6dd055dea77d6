import { InvalidStateError, NotFoundError, type CarriedFrom } from '@app/kernel';
import type { CarryHearingIn, HearingCommand, SubmitHearingInput } from './hearing.commands';
import type { HearingCarriedIn, HearingEvent } from './hearing.events';
import { hearingDeadlines } from './hearing.deadlines';
import { anna, annaInput, cmd, draft1, opened, secretary, spec, submitted, system } from './hearing.fixtures';

/**
 * Issue 18.3 (seed 003 item 4): Region Sjælland's council ("c1" here) becomes part of Region
 * Østdanmark's ("ost"). The open hearing ends in c1 with `CaseCarriedOver` and continues in ost,
 * whose stream begins with `CaseCarriedIn`: the copy of c1's events and the link back.
 */
const over = cmd<HearingCommand>('CarryCaseOver', { successorId: 'ost' }, secretary);
const carriedOver: HearingEvent = { type: 'CaseCarriedOver', data: { successorId: 'ost' } };
const from: CarriedFrom = { councilId: 'c1', streamId: 'hearing-c1~h1', revision: 1, hash: 'abc' };
const history = [opened, annaInput].map((e, i) => ({
  id: `e${i}`,
  position: i + 10,
  type: e.type,
  data: e.data,
  actor: secretary,
  recordedAt: '2026-01-05T09:00:00.000Z',
}));
const arrival = { invited: ['dana', 'erik'], chairPersonId: 'erik', secretaries: ['sara'] };
const carryIn = cmd<CarryHearingIn>('CarryCaseIn', { from, history, arrival }, secretary, undefined, {
  councilId: 'ost',
});
const carriedIn: HearingCarriedIn = {
  type: 'CaseCarriedIn',
  data: { councilId: 'ost', from, history, arrival },
};
const inOst = (actor = { personId: 'dana', role: 'member' as const }) =>
  cmd<SubmitHearingInput>('SubmitHearingInput', { text: 'Husk Slagelse' }, actor, undefined, {
    councilId: 'ost',
  });

describe('carrying a hearing over to its successor: the predecessor', () => {
  it('records that an open hearing was carried over, naming the successor', () => {
    spec.given([opened, annaInput]).when(over).then([carriedOver]);
  });
  it('records nothing on a retry for the same successor', () => {
    spec.given([opened, carriedOver]).when(over).then([]);
  });
  it('refuses another successor, naming the one it went to', () => {
    const other = cmd<HearingCommand>('CarryCaseOver', { successorId: 'other' }, secretary);
    spec
      .given([opened, carriedOver])
      .when(other)
      .thenThrows(InvalidStateError, /council ost/);
  });
  it('refuses a hearing already answered: only open cases are carried', () => {
    spec
      .given([opened, draft1, submitted])
      .when(over)
      .thenThrows(InvalidStateError, /submitted/);
  });
  it('refuses a hearing that does not exist', () => {
    spec.given([]).when(over).thenThrows(NotFoundError);
  });
  it('takes no new writes once carried over (409 naming the successor)', () => {
    const input = cmd<SubmitHearingInput>('SubmitHearingInput', { text: 'mere' }, anna);
    spec
      .given([opened, carriedOver])
      .when(input)
      .thenThrows(InvalidStateError, /carried over to council ost/);
  });
  it('records nothing for a deadline job left in the queue, and schedules nothing more', () => {
    const lapse = cmd<HearingCommand>(
      'RecordHearingLapse',
      { dueAt: opened.data.responseDeadline as string },
      system,
    );
    spec.given([opened, carriedOver]).when(lapse).then([]);
    const state = spec.given([opened, carriedOver]).state();
    expect(hearingDeadlines(state, 'hearing-c1~h1')).toEqual([]);
    expect(hearingDeadlines(spec.given([opened]).state(), 'hearing-c1~h1')).not.toEqual([]);
  });
});

describe('carrying a hearing over to its successor: the successor', () => {
  it('begins the hearing with the predecessor history and the link back', () => {
    spec.given([]).when(carryIn).then([carriedIn]);
  });
  it('folds the predecessor history: input given there stays, the successor members are invited', () => {
    const state = spec.given([carriedIn]).state();
    if (!state.exists) throw new Error('expected the hearing');
    expect(state.councilId).toBe('ost');
    expect(state.carriedFrom).toEqual(from);
    expect(Object.keys(state.inputs)).toEqual(['anna']);
    expect(state.invited).toEqual(['dana', 'erik']);
    expect(state.chairPersonId).toBe('erik');
    expect(state.secretaries).toEqual(['sara']);
    expect(state.title).toBe(opened.data.title);
  });
  it('records nothing when the same hearing is carried in again', () => {
    spec.given([carriedIn]).when(carryIn).then([]);
  });
  it('refuses when the successor already has another hearing with that id', () => {
    spec
      .given([{ ...opened, data: { ...opened.data, councilId: 'ost' } }])
      .when(carryIn)
      .thenThrows(InvalidStateError);
  });
  it('lets a successor member give input to the carried hearing, and nobody of the predecessor only', () => {
    spec
      .given([carriedIn])
      .when(inOst())
      .then([
        {
          type: 'HearingInputSubmitted',
          data: {
            personId: 'dana',
            text: 'Husk Slagelse',
            givenAt: '2026-01-05T09:00:00.000Z',
            recordedAt: '2026-01-05T09:00:00.000Z',
            late: false,
            recordedBy: 'dana',
          },
        },
      ]);
    spec
      .given([carriedIn])
      .when(inOst({ personId: 'bo', role: 'member' }))
      .thenThrows(Error, /invited/);
  });
  it('schedules the hearing deadlines in the successor', () => {
    expect(hearingDeadlines(spec.given([carriedIn]).state(), 'hearing-ost~h1')).not.toEqual([]);
  });
});

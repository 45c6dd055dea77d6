import { deciderSpec, InvalidInputError, InvalidStateError } from '@app/kernel';
import { by } from '../testing/metadata';
import { scheduledMeeting } from '../testing/meeting-fixtures';
import type { MeetingCommand } from './meeting.commands';
import { meetingDecider } from './meeting.decider';
import type { AgendaItem, MeetingEvent } from './meeting.events';

const spec = deciderSpec(meetingDecider);
const AFTER = '2026-01-29T17:00:00.000Z';
const scheduled = scheduledMeeting();
const cmd = <C extends MeetingCommand>(type: C['type'], data: C['data']) =>
  ({ type, data, metadata: by('sofie', 'secretary', AFTER) }) as C;
const added = (item: AgendaItem): MeetingEvent => ({ type: 'AgendaItemAdded', data: item });
const orientation = added({ itemId: 'i5', title: 'Gensidig orientering', kind: 'mutual-orientation' });
// Seed 003 item 7: "Beslutning" with nothing after it.
const participation = added({
  itemId: 'i7',
  title: 'Godkendelse af deltagelse ved møde i Udsatterådet torsdag den 29. januar 2026',
  kind: 'participation-approval',
});
const decided = (itemId: string, decision: string): MeetingEvent => ({
  type: 'AgendaItemDecided',
  data: { itemId, decision, absent: [] },
});
const postponed: MeetingEvent = {
  type: 'AgendaItemPostponed',
  data: { itemId: 'i5', reason: 'Tiden slap op', carriedTo: 'sj-2026-2' },
};
const approved: MeetingEvent = { type: 'MinutesApproved', data: { approvedBy: 'rene', approvedAt: AFTER } };
/** Issue 17: the chair in office approves the minutes. */
const approve = {
  type: 'ApproveMinutes',
  data: { chairInOffice: 'rene' },
  metadata: by('rene', 'chair', AFTER),
} as const satisfies MeetingCommand;

describe('what a meeting decides', () => {
  it('postpones an item with a reason, naming the meeting it is carried to; again is no change', () => {
    spec
      .given([scheduled, orientation])
      .when(cmd('PostponeAgendaItem', { itemId: 'i5', reason: 'Tiden slap op', carriedTo: 'sj-2026-2' }))
      .then([postponed]);
    spec
      .given([scheduled, orientation, postponed])
      .when(cmd('PostponeAgendaItem', { itemId: 'i5', reason: 'Tiden slap op' }))
      .then([]);
  });
  it('carries an item postponed with no next meeting onto one added later, once, after approval too', () => {
    const uncarried: MeetingEvent = {
      type: 'AgendaItemPostponed',
      data: { itemId: 'i5', reason: 'Tiden slap op' },
    };
    const carried: MeetingEvent = {
      type: 'PostponedItemCarried',
      data: { itemId: 'i5', carriedTo: 'sj-2026-3' },
    };
    spec
      .given([scheduled, orientation, uncarried, approved])
      .when(cmd('CarryPostponedItem', { itemId: 'i5', carriedTo: 'sj-2026-3' }))
      .then([carried]);
    spec
      .given([scheduled, orientation, uncarried, carried])
      .when(cmd('CarryPostponedItem', { itemId: 'i5', carriedTo: 'sj-2026-3' }))
      .then([]);
    // Carried once: not to another meeting after that, nor an item carried when postponed.
    for (const given of [
      [scheduled, orientation, uncarried, carried],
      [scheduled, orientation, postponed],
    ]) {
      spec
        .given(given)
        .when(cmd('CarryPostponedItem', { itemId: 'i5', carriedTo: 'sj-2026-4' }))
        .thenThrows(InvalidStateError);
    }
    spec
      .given([scheduled, orientation])
      .when(cmd('CarryPostponedItem', { itemId: 'i5', carriedTo: 'sj-2026-3' }))
      .thenThrows(InvalidStateError);
    spec
      .given([scheduled, orientation, uncarried])
      .when(cmd('CarryPostponedItem', { itemId: 'i5', carriedTo: 'sj-2026-1' }))
      .thenThrows(InvalidInputError);
  });
  it('refuses to postpone an item already decided, and to decide one postponed (409)', () => {
    spec
      .given([scheduled, orientation, decided('i5', 'Taget til efterretning')])
      .when(cmd('PostponeAgendaItem', { itemId: 'i5', reason: 'Tiden slap op' }))
      .thenThrows(InvalidStateError);
    spec
      .given([scheduled, orientation, postponed])
      .when(cmd('DecideAgendaItem', { itemId: 'i5', decision: 'Taget til efterretning', absent: [] }))
      .thenThrows(InvalidStateError);
  });
  it('allows an empty decision on an item approving participation, on no other (400)', () => {
    spec
      .given([scheduled, participation])
      .when(cmd('DecideAgendaItem', { itemId: 'i7', decision: '', absent: [] }))
      .then([decided('i7', '')]);
    spec
      .given([scheduled, orientation])
      .when(cmd('DecideAgendaItem', { itemId: 'i5', decision: '', absent: [] }))
      .thenThrows(InvalidInputError);
  });
});

describe('minutes approval as practised', () => {
  it('approves once every item is decided, noted or postponed', () => {
    spec
      .given([scheduled, orientation, participation, postponed, decided('i7', '')])
      .when(approve)
      .then([approved]);
  });
  it('names each item not dealt with, by id, number and title (409)', () => {
    const refusal = () =>
      meetingDecider.decide(
        approve,
        [scheduled, orientation, participation].reduce(meetingDecider.evolve, meetingDecider.initialState),
      );
    expect(refusal).toThrow(InvalidStateError);
    expect(refusal).toThrow(/i5 \(item 1, "Gensidig orientering"\), i7 \(item 2, "Godkendelse af deltagelse/);
  });
  it('corrects approved minutes only by a correction with its reason', () => {
    const given = [scheduled, participation, decided('i7', ''), approved];
    spec
      .given(given)
      .when(cmd('DecideAgendaItem', { itemId: 'i7', decision: 'Godkendt', absent: [] }))
      .thenThrows(InvalidStateError);
    spec
      .given(given)
      .when(cmd('CorrectMinutes', { itemId: 'i7', decision: 'Godkendt', reason: 'Indsigelse fra Lone' }))
      .then([
        {
          type: 'MinutesCorrected',
          data: { itemId: 'i7', decision: 'Godkendt', reason: 'Indsigelse fra Lone', correctedBy: 'sofie' },
        },
      ]);
    spec
      .given(given)
      .when(cmd('CorrectMinutes', { itemId: 'i7', decision: 'Godkendt', reason: ' ' }))
      .thenThrows(InvalidInputError);
    spec
      .given([scheduled, participation, decided('i7', '')])
      .when(cmd('CorrectMinutes', { itemId: 'i7', decision: 'Godkendt', reason: 'x' }))
      .thenThrows(InvalidStateError);
  });
});

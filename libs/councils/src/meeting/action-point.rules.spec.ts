import { deciderSpec, fold, InvalidInputError, InvalidStateError, NotFoundError } from '@app/kernel';
import { by } from '../testing/metadata';
import type { MeetingCommand } from './meeting.commands';
import { meetingDecider } from './meeting.decider';
import { meetingDeadlines } from './meeting.deadlines';
import type { MeetingEvent } from './meeting.events';

const spec = deciderSpec(meetingDecider);
const AFTER = '2022-01-20T17:00:00.000Z';
const scheduled: MeetingEvent = {
  type: 'MeetingScheduled',
  data: {
    meetingId: 'h-2022-1',
    councilId: 'udsatte-h',
    kind: 'ordinary',
    startsAt: '2022-01-20T14:00:00+01:00',
    reminderOffsets: ['P2D'],
  },
};
// Seed 000 item 9: the hearing on the revised cooperation agreements, deadline 28 January.
const hearingItem: MeetingEvent = {
  type: 'AgendaItemAdded',
  data: { itemId: 'i9', title: 'Høring vedr. reviderede samarbejdsaftaler' },
};
const point = {
  actionPointId: 'ap1',
  itemId: 'i9',
  text: 'Anja sender en mail rundt og indsamler input og godkendelse af høringssvaret',
  owner: 'anja',
  dueAt: '2022-01-26T12:00:00+01:00',
};
const added: MeetingEvent = { type: 'ActionPointAdded', data: point };
const people = ['kira', 'anja'];
const cmd = <C extends MeetingCommand>(type: C['type'], data: C['data']) =>
  ({ type, data, metadata: by('anja', 'secretary', AFTER) }) as C;
/** The owner's reminder of ap1 two days before it is due. */
const reminderOfAp1 = cmd('IssueMeetingReminders', {
  deadline: 'action-point',
  reminderId: 'action-point-ap1-P2D',
  dueAt: point.dueAt,
  remindAt: '2022-01-24T11:00:00.000Z',
  recipients: ['anja'],
});

describe('action points', () => {
  it('adds an action point on an item owned by a member or secretary; again is no change', () => {
    spec
      .given([scheduled, hearingItem])
      .when(cmd('AddActionPoint', { ...point, people }))
      .then([added]);
    spec
      .given([scheduled, hearingItem, added])
      .when(cmd('AddActionPoint', { ...point, people }))
      .then([]);
  });
  it('refuses an owner unknown to the council (404), an item not on the agenda (404), a bad due date (400)', () => {
    spec
      .given([scheduled, hearingItem])
      .when(cmd('AddActionPoint', { ...point, owner: 'stranger', people }))
      .thenThrows(NotFoundError);
    spec
      .given([scheduled, hearingItem])
      .when(cmd('AddActionPoint', { ...point, itemId: 'i8', people }))
      .thenThrows(NotFoundError);
    spec
      .given([scheduled, hearingItem])
      .when(cmd('AddActionPoint', { ...point, dueAt: '28 januar', people }))
      .thenThrows(InvalidInputError);
    spec
      .given([scheduled, hearingItem, added])
      .when(cmd('AddActionPoint', { ...point, text: 'Noget andet', people }))
      .thenThrows(InvalidStateError);
  });
  it('takes an owner from the region given by name, not on the council, with her organisation (issue 17)', () => {
    const { owner: _o, ...rest } = point;
    const named = {
      ...rest,
      ownerName: ' Mette Hansen ',
      ownerOrganisation: 'Region Sjælland, Psykiatri og Social',
    };
    const namedAdded: MeetingEvent = {
      type: 'ActionPointAdded',
      data: {
        ...rest,
        owner: 'Mette Hansen',
        ownerNamed: true,
        ownerOrganisation: 'Region Sjælland, Psykiatri og Social',
      },
    };
    spec
      .given([scheduled, hearingItem])
      .when(cmd('AddActionPoint', { ...named, people }))
      .then([namedAdded]);
    spec
      .given([scheduled, hearingItem, namedAdded])
      .when(cmd('AddActionPoint', { ...named, people }))
      .then([]);
    spec
      .given([scheduled, hearingItem])
      .when(cmd('AddActionPoint', { ...rest, ownerName: 'Mette Hansen', people }))
      .then([{ type: 'ActionPointAdded', data: { ...rest, owner: 'Mette Hansen', ownerNamed: true } }]);
    // Her reminder goes to the secretaries, whom the handler names: she is no user of the product.
    const deadlines = meetingDeadlines(fold(meetingDecider, [scheduled, hearingItem, namedAdded]), 's');
    const reminder = deadlines.find((d) => d.id === 'action-point-ap1-P2D');
    expect(reminder?.command.data).not.toHaveProperty('recipients');
  });
  it('refuses both an owner and a name, neither, a blank name, or an organisation without a name (400)', () => {
    const { owner: _o, ...rest } = point;
    for (const data of [
      { ...point, ownerName: 'Mette Hansen' },
      rest,
      { ...rest, ownerName: '  ' },
      { ...point, ownerOrganisation: 'Region Sjælland' },
    ]) {
      spec
        .given([scheduled, hearingItem])
        .when(cmd('AddActionPoint', { ...data, people }))
        .thenThrows(InvalidInputError);
    }
  });
  it('completes an open action point once; an unknown one is 404', () => {
    const done: MeetingEvent = {
      type: 'ActionPointCompleted',
      data: { actionPointId: 'ap1', completedBy: 'anja', completedAt: AFTER },
    };
    spec
      .given([scheduled, hearingItem, added])
      .when(cmd('CompleteActionPoint', { actionPointId: 'ap1' }))
      .then([done]);
    spec
      .given([scheduled, hearingItem, added, done])
      .when(cmd('CompleteActionPoint', { actionPointId: 'ap1' }))
      .then([]);
    spec
      .given([scheduled, hearingItem])
      .when(cmd('CompleteActionPoint', { actionPointId: 'ap1' }))
      .thenThrows(NotFoundError);
  });
  it('reminds the owner before it is due, at the council offsets, until it is done', () => {
    const ids = (events: MeetingEvent[]) => meetingDeadlines(fold(meetingDecider, events), 's');
    const reminder = ids([scheduled, hearingItem, added]).find((d) => d.id === 'action-point-ap1-P2D');
    expect(reminder).toMatchObject({
      dueAt: '2022-01-24T11:00:00.000Z',
      command: { data: { deadline: 'action-point', recipients: ['anja'], dueAt: point.dueAt } },
    });
    const done: MeetingEvent = {
      type: 'ActionPointCompleted',
      data: { actionPointId: 'ap1', completedBy: 'anja', completedAt: AFTER },
    };
    expect(ids([scheduled, hearingItem, added, done]).map((d) => d.id)).not.toContain('action-point-ap1-P2D');
    spec.given([scheduled, hearingItem, added, done]).when(reminderOfAp1).then([]);
  });
});

describe('action points dropped or serving a case', () => {
  const dropped: MeetingEvent = {
    type: 'ActionPointDropped',
    data: {
      actionPointId: 'ap1',
      reason: 'Svaret blev godkendt på mødet',
      droppedBy: 'anja',
      droppedAt: AFTER,
    },
  };
  it('links an action point to the hearing it serves; an unknown kind of case is 400', () => {
    const refersTo = { kind: 'hearing' as const, id: 'samarbejdsaftaler-2022' };
    spec
      .given([scheduled, hearingItem])
      .when(cmd('AddActionPoint', { ...point, refersTo, people }))
      .then([{ type: 'ActionPointAdded', data: { ...point, refersTo } }]);
    spec
      .given([scheduled, hearingItem])
      .when(cmd('AddActionPoint', { ...point, refersTo: { kind: 'lawsuit' as 'hearing', id: 'x' }, people }))
      .thenThrows(InvalidInputError);
  });
  it('drops an open action point with a reason, once; a blank reason is 400, a done one 409', () => {
    spec
      .given([scheduled, hearingItem, added])
      .when(cmd('DropActionPoint', { actionPointId: 'ap1', reason: 'Svaret blev godkendt på mødet' }))
      .then([dropped]);
    spec
      .given([scheduled, hearingItem, added, dropped])
      .when(cmd('DropActionPoint', { actionPointId: 'ap1', reason: 'Igen' }))
      .then([]);
    spec
      .given([scheduled, hearingItem, added])
      .when(cmd('DropActionPoint', { actionPointId: 'ap1', reason: ' ' }))
      .thenThrows(InvalidInputError);
    const done: MeetingEvent = {
      type: 'ActionPointCompleted',
      data: { actionPointId: 'ap1', completedBy: 'anja', completedAt: AFTER },
    };
    spec
      .given([scheduled, hearingItem, added, done])
      .when(cmd('DropActionPoint', { actionPointId: 'ap1', reason: 'x' }))
      .thenThrows(InvalidStateError);
    spec
      .given([scheduled, hearingItem, added, dropped])
      .when(cmd('CompleteActionPoint', { actionPointId: 'ap1' }))
      .thenThrows(InvalidStateError);
    spec
      .given([scheduled, hearingItem])
      .when(cmd('DropActionPoint', { actionPointId: 'ap1', reason: 'x' }))
      .thenThrows(NotFoundError);
  });
  it('reminds nobody of a dropped action point', () => {
    const ids = meetingDeadlines(fold(meetingDecider, [scheduled, hearingItem, added, dropped]), 's');
    expect(ids.map((d) => d.id)).not.toContain('action-point-ap1-P2D');
    spec.given([scheduled, hearingItem, added, dropped]).when(reminderOfAp1).then([]);
  });
});

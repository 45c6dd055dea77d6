import { deciderSpec, InvalidInputError, InvalidStateError } from '@app/kernel';
import { by } from '../testing/metadata';
import type { MeetingCommand } from './meeting.commands';
import { meetingDecider } from './meeting.decider';
import type { AgendaItem, MeetingEvent } from './meeting.events';

const spec = deciderSpec(meetingDecider);
const BEFORE = '2026-01-20T09:00:00.000Z';
const DURING = '2026-01-29T13:30:00.000Z';
const scheduled: MeetingEvent = {
  type: 'MeetingScheduled',
  data: {
    meetingId: 'sj-2026-1',
    councilId: 'udsatte-h',
    kind: 'ordinary',
    startsAt: '2026-01-29T13:00:00+01:00',
    reminderOffsets: [],
  },
};
// Seed 003, item 3 as the minutes show it.
const bridging: AgendaItem = {
  itemId: 'i3',
  title: 'Orientering om brobygning',
  kind: 'region-orientation',
  open: true,
  caseId: 'EMN-2025-10555',
  presenters: [{ name: 'Mette Hansen', organisation: 'Region Sjælland' }],
  attachments: [
    { title: 'Statusnotat', documentId: '2025-112233' },
    { title: 'Partnerskabsaftale', url: 'https://www.regionsjaelland.dk/bilag/1' },
  ],
};
const cmd = <C extends MeetingCommand>(type: C['type'], data: C['data'], now = BEFORE) =>
  ({ type, data, metadata: by('sofie', 'secretary', now) }) as C;
const added = (item: AgendaItem): MeetingEvent => ({ type: 'AgendaItemAdded', data: item });

describe('agenda items as in the minutes', () => {
  it('adds an item with its kind, open or closed, presenters and attachments', () => {
    spec
      .given([scheduled])
      .when(cmd('AddAgendaItem', bridging))
      .then([added(bridging)]);
  });
  it('refuses an unknown kind, an attachment without a title or with a link that is not http(s) (400)', () => {
    spec
      .given([scheduled])
      .when(cmd('AddAgendaItem', { ...bridging, kind: 'gossip' as never }))
      .thenThrows(InvalidInputError);
    spec
      .given([scheduled])
      .when(cmd('AddAgendaItem', { ...bridging, attachments: [{ title: ' ' }] }))
      .thenThrows(InvalidInputError);
    spec
      .given([scheduled])
      .when(cmd('AddAgendaItem', { ...bridging, attachments: [{ title: 'x', url: 'javascript:alert(1)' }] }))
      .thenThrows(InvalidInputError);
    spec
      .given([scheduled])
      .when(cmd('AddAgendaItem', { ...bridging, presenters: [{ name: '' }] }))
      .thenThrows(InvalidInputError);
  });
  describe('order', () => {
    const first = added({ itemId: 'i1', title: 'Godkendelse af dagsorden', kind: 'agenda-approval' });
    const second = added({ itemId: 'i2', title: 'Eventuelt', kind: 'any-other-business' });
    const third = added(bridging);
    it('reorders the agenda before the meeting; the same order is no change', () => {
      spec
        .given([scheduled, first, second, third])
        .when(cmd('ReorderAgenda', { itemIds: ['i1', 'i3', 'i2'] }))
        .then([{ type: 'AgendaReordered', data: { itemIds: ['i1', 'i3', 'i2'] } }]);
      spec
        .given([scheduled, first, second])
        .when(cmd('ReorderAgenda', { itemIds: ['i1', 'i2'] }))
        .then([]);
    });
    it('refuses an order that leaves out, repeats or invents an item (400)', () => {
      for (const itemIds of [
        ['i1', 'i2'],
        ['i1', 'i1', 'i2'],
        ['i1', 'i2', 'i9'],
      ]) {
        spec
          .given([scheduled, first, second, third])
          .when(cmd('ReorderAgenda', { itemIds }))
          .thenThrows(InvalidInputError);
      }
    });
    it('refuses to reorder once the meeting has begun (409)', () => {
      spec
        .given([scheduled, first, second])
        .when(cmd('ReorderAgenda', { itemIds: ['i2', 'i1'] }, DURING))
        .thenThrows(InvalidStateError);
    });
  });
});

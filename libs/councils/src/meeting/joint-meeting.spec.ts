import { deciderSpec, ForbiddenError, InvalidInputError, NotFoundError } from '@app/kernel';
import { by } from '../testing/metadata';
import type { MeetingCommand } from './meeting.commands';
import { meetingDecider } from './meeting.decider';
import type { MeetingScheduled } from './meeting.events';

const spec = deciderSpec(meetingDecider);
const NOW = '2026-02-01T09:00:00.000Z';
/** `by` acts for council udsatte-h, which arranges the meeting here (seed 003: Region Sjælland). */
const host = by('sofie', 'secretary', NOW);
const guest = { ...by('hanne', 'secretary', NOW), councilId: 'udsatte-hovedstaden' };
/** The arranging council's secretary writing on the other council's copy: a write of that council. */
const arranging = { ...host, councilId: 'udsatte-hovedstaden' };
const outsider = { ...by('ole', 'secretary', NOW), councilId: 'udsatte-nord' };

// Seed 003 item 6: "Næste møde … afholdes den 5. marts 2026 kl. 15.00-17.00 sammen med
// Udsatterådet i Region Hovedstaden. Mødet afholdes i Rådssalen i Regionshuset i Sorø."
const hostCopy: MeetingScheduled = {
  type: 'MeetingScheduled',
  data: {
    meetingId: 'm-2026-03-05',
    councilId: 'udsatte-h',
    kind: 'joint',
    startsAt: '2026-03-05T15:00:00+01:00',
    endsAt: '2026-03-05T17:00:00+01:00',
    place: 'Rådssalen, Regionshuset, Sorø',
    jointWith: ['udsatte-hovedstaden'],
    reminderOffsets: ['P7D'],
  },
};
const guestCopy: MeetingScheduled = {
  type: 'MeetingScheduled',
  data: {
    ...hostCopy.data,
    councilId: 'udsatte-hovedstaden',
    jointWith: ['udsatte-h'],
    hostedBy: 'udsatte-h',
  },
};
const cmd = <C extends MeetingCommand>(type: C['type'], data: C['data'], metadata = host) =>
  ({ type, data, metadata }) as C;

describe('joint meetings', () => {
  it("schedules each council's copy, naming the other councils and, on the others', who arranged it", () => {
    spec.given([]).when(cmd('ScheduleMeeting', hostCopy.data)).then([hostCopy]);
    // The arranging council's secretary writes the other council's copy.
    spec
      .given([])
      .when(cmd('ScheduleMeeting', guestCopy.data, arranging))
      .then([guestCopy]);
    spec.given([hostCopy]).when(cmd('ScheduleMeeting', hostCopy.data)).then([]);
  });

  it('refuses a joint meeting without other councils, with itself or one twice, and jointWith on another kind (400)', () => {
    const refused = [
      { ...hostCopy.data, jointWith: [] },
      { ...hostCopy.data, jointWith: undefined },
      { ...hostCopy.data, jointWith: ['udsatte-h'] },
      { ...hostCopy.data, jointWith: ['udsatte-hovedstaden', 'udsatte-hovedstaden'] },
      { ...hostCopy.data, kind: 'ordinary' as const },
      { ...guestCopy.data, hostedBy: 'udsatte-nord' },
    ];
    for (const data of refused) {
      spec.given([]).when(cmd('ScheduleMeeting', data)).thenThrows(InvalidInputError);
    }
  });

  it("moves and cancels the other council's copy on the arranging council's word", () => {
    const moved = { startsAt: '2026-03-06T15:00:00+01:00' };
    spec
      .given([guestCopy])
      .when(cmd('MoveMeeting', { ...moved, arrangedBy: 'udsatte-h' }, arranging))
      .then([{ type: 'MeetingMoved', data: { ...moved, endsAt: '2026-03-06T16:00:00.000Z' } }]);
    spec
      .given([guestCopy])
      .when(cmd('CancelMeeting', { reason: 'Fusionen udskudt', arrangedBy: 'udsatte-h' }, arranging))
      .then([
        {
          type: 'MeetingCancelled',
          data: { reason: 'Fusionen udskudt', cancelledBy: 'sofie', cancelledAt: NOW },
        },
      ]);
  });

  it('lets a council at the meeting not move or cancel its copy away from the others (403)', () => {
    spec
      .given([guestCopy])
      .when(cmd('MoveMeeting', { place: 'Hillerød' }, guest))
      .thenThrows(ForbiddenError);
    spec
      .given([guestCopy])
      .when(cmd('CancelMeeting', { reason: 'Kan ikke' }, guest))
      .thenThrows(ForbiddenError);
    spec
      .given([guestCopy])
      .when(cmd('CancelMeeting', { reason: 'Kan ikke', arrangedBy: 'udsatte-nord' }, guest))
      .thenThrows(ForbiddenError);
  });

  it("keeps each copy its own council's otherwise: items, and a council not at the meeting finds nothing (404)", () => {
    spec
      .given([guestCopy])
      .when(cmd('AddAgendaItem', { itemId: 'h1', title: 'Organisering' }, guest))
      .then([{ type: 'AgendaItemAdded', data: { itemId: 'h1', title: 'Organisering' } }]);
    // The arranging council reads the others' open items; it does not write on their copies.
    spec
      .given([guestCopy])
      .when(cmd('AddAgendaItem', { itemId: 'x', title: 'Fra værten' }))
      .thenThrows(NotFoundError);
    spec
      .given([guestCopy])
      .when(cmd('MoveMeeting', { place: 'Hillerød', arrangedBy: 'udsatte-h' }, outsider))
      .thenThrows(NotFoundError);
    spec
      .given([hostCopy])
      .when(cmd('MoveMeeting', { place: 'Hillerød' }, guest))
      .thenThrows(NotFoundError);
  });
});

import { deciderSpec, fold, InvalidInputError, InvalidStateError, NotFoundError } from '@app/kernel';
import { by } from '../testing/metadata';
import type { MeetingCommand } from './meeting.commands';
import { meetingDecider } from './meeting.decider';
import { meetingDeadlines } from './meeting.deadlines';
import type { MeetingEvent, MeetingScheduled } from './meeting.events';

const spec = deciderSpec(meetingDecider);
const BEFORE = '2026-01-10T09:00:00.000Z';
const AFTER = '2026-01-29T17:00:00.000Z';
const secretary = by('sofie', 'secretary', BEFORE);

const scheduled: MeetingScheduled = {
  type: 'MeetingScheduled',
  data: {
    meetingId: 'sj-2026-1',
    councilId: 'udsatte-h',
    kind: 'ordinary',
    startsAt: '2026-01-29T13:00:00+01:00',
    place: 'Regionshuset, Sorø',
    year: 2026,
    reminderOffsets: ['P7D'],
  },
};
// Seed 003 item 6: "Der afholdes et virtuelt opfølgningsmøde. Dato og tidspunkt følger."
const toFollow: MeetingScheduled = {
  type: 'MeetingScheduled',
  data: {
    meetingId: 'sj-follow-up',
    councilId: 'udsatte-h',
    kind: 'follow-up',
    dateToFollow: true,
    online: 'https://teams.example/meet/1',
    reminderOffsets: ['P7D'],
  },
};
const cmd = <C extends MeetingCommand>(type: C['type'], data: C['data'], metadata = secretary) =>
  ({ type, data, metadata }) as C;
const decided: MeetingEvent = {
  type: 'AgendaItemDecided',
  data: { itemId: 'i1', decision: 'Godkendt', absent: [] },
};
const itemAdded: MeetingEvent = {
  type: 'AgendaItemAdded',
  data: { itemId: 'i1', title: 'Godkendelse af dagsorden' },
};

describe('meetings that change', () => {
  describe('scheduling', () => {
    it('schedules a meeting with an end time, an online link and a kind outside the plan', () => {
      const data = {
        ...scheduled.data,
        kind: 'annual' as const,
        endsAt: '2026-01-29T16:00:00+01:00',
        online: 'https://teams.example/meet/2',
      };
      spec
        .given([])
        .when(cmd('ScheduleMeeting', data))
        .then([{ type: 'MeetingScheduled', data }]);
    });
    it('refuses an end before or at the start, and an end without a start (400)', () => {
      for (const endsAt of ['2026-01-29T12:00:00+01:00', '2026-01-29T13:00:00+01:00']) {
        spec
          .given([])
          .when(cmd('ScheduleMeeting', { ...scheduled.data, endsAt }))
          .thenThrows(InvalidInputError);
      }
      spec
        .given([])
        .when(cmd('ScheduleMeeting', { ...toFollow.data, endsAt: '2026-03-05T17:00:00+01:00' }))
        .thenThrows(InvalidInputError);
    });
    it('schedules a meeting whose date is to follow, but not one with a date as well', () => {
      spec.given([]).when(cmd('ScheduleMeeting', toFollow.data)).then([toFollow]);
      spec
        .given([])
        .when(cmd('ScheduleMeeting', { ...toFollow.data, startsAt: '2026-03-05T15:00:00+01:00' }))
        .thenThrows(InvalidInputError);
      spec
        .given([])
        .when(cmd('ScheduleMeeting', { ...scheduled.data, startsAt: undefined }))
        .thenThrows(InvalidInputError);
    });
    it('refuses an unknown kind, and a committee dialogue without its committee', () => {
      spec
        .given([])
        .when(cmd('ScheduleMeeting', { ...scheduled.data, kind: 'party' as never }))
        .thenThrows(InvalidInputError);
      spec
        .given([])
        .when(cmd('ScheduleMeeting', { ...scheduled.data, kind: 'committee-dialogue' }))
        .thenThrows(InvalidInputError);
    });
    it('records what a dialogue or annual meeting is for, and refuses an empty purpose', () => {
      const annual = { ...scheduled.data, kind: 'annual' as const, purpose: 'Temadag om bostøtte' };
      spec
        .given([])
        .when(cmd('ScheduleMeeting', annual))
        .then([{ type: 'MeetingScheduled', data: annual }]);
      spec
        .given([])
        .when(cmd('ScheduleMeeting', { ...annual, purpose: '  ' }))
        .thenThrows(InvalidInputError);
    });
    it('keeps a retried scheduling a no-change after the meeting was moved', () => {
      const moved: MeetingEvent = { type: 'MeetingMoved', data: { startsAt: '2026-02-05T13:00:00+01:00' } };
      spec.given([scheduled, moved]).when(cmd('ScheduleMeeting', scheduled.data)).then([]);
    });
  });

  describe('moving', () => {
    it('moves the start, end, place and link, recording only what changed', () => {
      spec
        .given([scheduled])
        .when(
          cmd('MoveMeeting', {
            startsAt: '2026-02-05T13:00:00+01:00',
            endsAt: '2026-02-05T16:00:00+01:00',
            place: 'Regionshuset, Sorø',
            online: 'https://teams.example/meet/3',
          }),
        )
        .then([
          {
            type: 'MeetingMoved',
            data: {
              startsAt: '2026-02-05T13:00:00+01:00',
              endsAt: '2026-02-05T16:00:00+01:00',
              online: 'https://teams.example/meet/3',
            },
          },
        ]);
      spec
        .given([scheduled])
        .when(cmd('MoveMeeting', { startsAt: '2026-01-29T12:00:00.000Z' }))
        .then([]);
    });
    it('refuses an end before the start it has or the start it gets (400)', () => {
      spec
        .given([scheduled])
        .when(cmd('MoveMeeting', { endsAt: '2026-01-29T12:00:00+01:00' }))
        .thenThrows(InvalidInputError);
      spec
        .given([scheduled])
        .when(
          cmd('MoveMeeting', { startsAt: '2026-01-29T17:00:00+01:00', endsAt: '2026-01-29T16:00:00+01:00' }),
        )
        .thenThrows(InvalidInputError);
    });
    it('keeps the length of a meeting moved to another start without a new end', () => {
      const withEnd: MeetingEvent = { type: 'MeetingMoved', data: { endsAt: '2026-01-29T16:00:00+01:00' } };
      spec
        .given([scheduled, withEnd])
        .when(cmd('MoveMeeting', { startsAt: '2026-02-05T13:00:00+01:00' }))
        .then([
          {
            type: 'MeetingMoved',
            data: { startsAt: '2026-02-05T13:00:00+01:00', endsAt: '2026-02-05T15:00:00.000Z' },
          },
        ]);
    });
    it('dates a meeting whose date was to follow', () => {
      const dated: MeetingEvent = {
        type: 'MeetingMoved',
        data: { startsAt: '2026-04-14T10:00:00+02:00', endsAt: '2026-04-14T11:00:00+02:00' },
      };
      spec
        .given([toFollow])
        .when(
          cmd('MoveMeeting', { startsAt: '2026-04-14T10:00:00+02:00', endsAt: '2026-04-14T11:00:00+02:00' }),
        )
        .then([dated]);
      expect(meetingDeadlines(fold(meetingDecider, [toFollow]), 's')).toEqual([]);
      expect(meetingDeadlines(fold(meetingDecider, [toFollow, dated]), 's').map((d) => d.id)).toEqual([
        'meeting-reminder-P7D',
        'minutes-approval',
      ]);
    });
    it('does not decide items or approve minutes of a meeting without a date (409)', () => {
      spec
        .given([toFollow, itemAdded])
        .when(
          cmd(
            'DecideAgendaItem',
            { itemId: 'i1', decision: 'Godkendt', absent: [] },
            by('sofie', 'secretary', AFTER),
          ),
        )
        .thenThrows(InvalidStateError);
    });
    it('does not move a meeting whose minutes are approved (409)', () => {
      const approved: MeetingEvent = {
        type: 'MinutesApproved',
        data: { approvedBy: 'sofie', approvedAt: AFTER },
      };
      spec
        .given([scheduled, itemAdded, decided, approved])
        .when(cmd('MoveMeeting', { place: 'Roskilde' }))
        .thenThrows(InvalidStateError);
    });
    it('drops a reminder for the start the meeting has moved from', () => {
      const moved: MeetingEvent = { type: 'MeetingMoved', data: { startsAt: '2026-02-05T13:00:00+01:00' } };
      spec
        .given([scheduled, moved])
        .when(
          cmd('IssueMeetingReminders', {
            deadline: 'meeting',
            reminderId: 'meeting-reminder-P7D',
            dueAt: '2026-01-29T13:00:00+01:00',
            remindAt: '2026-01-22T12:00:00.000Z',
            recipients: ['kira'],
          }),
        )
        .then([]);
    });
  });

  describe('cancelling', () => {
    const cancelled: MeetingEvent = {
      type: 'MeetingCancelled',
      data: { reason: 'For få tilmeldte', cancelledBy: 'sofie', cancelledAt: BEFORE },
    };
    it('cancels with a reason, once, and removes its reminders', () => {
      spec
        .given([scheduled])
        .when(cmd('CancelMeeting', { reason: ' For få tilmeldte ' }))
        .then([cancelled]);
      spec
        .given([scheduled, cancelled])
        .when(cmd('CancelMeeting', { reason: 'igen' }))
        .then([]);
      expect(meetingDeadlines(fold(meetingDecider, [scheduled, cancelled]), 's')).toEqual([]);
    });
    it('refuses a blank reason (400) and a meeting that was held (409)', () => {
      spec
        .given([scheduled])
        .when(cmd('CancelMeeting', { reason: ' ' }))
        .thenThrows(InvalidInputError);
      spec
        .given([scheduled, itemAdded, decided])
        .when(cmd('CancelMeeting', { reason: 'Aflyst' }))
        .thenThrows(InvalidStateError);
    });
    it('refuses every change to a cancelled meeting (409), and sends none of its reminders', () => {
      spec
        .given([scheduled, cancelled])
        .when(cmd('MoveMeeting', { place: 'Roskilde' }))
        .thenThrows(InvalidStateError);
      spec
        .given([scheduled, cancelled])
        .when(cmd('AddAgendaItem', { itemId: 'i2', title: 'Eventuelt' }))
        .thenThrows(InvalidStateError);
      spec
        .given([scheduled, cancelled])
        .when(
          cmd('IssueMeetingReminders', {
            deadline: 'meeting',
            reminderId: 'meeting-reminder-P7D',
            dueAt: scheduled.data.startsAt ?? '',
            remindAt: '2026-01-22T12:00:00.000Z',
            recipients: ['kira'],
          }),
        )
        .then([]);
    });
  });

  describe('attendance', () => {
    const members = ['kira', 'steen', 'ole', 'bo'];
    const attendance = {
      present: ['kira', 'steen'],
      absent: [
        { personId: 'ole', notice: true },
        { personId: 'bo', notice: false },
      ],
      guests: [{ name: 'Mette Hansen', organisation: 'Region Sjælland', role: 'Oplæg om brobygning' }],
    };
    it('records who was present, absent with or without notice, and the guests; the same again is no change', () => {
      spec
        .given([scheduled])
        .when(cmd('RecordAttendance', { ...attendance, members }))
        .then([{ type: 'AttendanceRecorded', data: attendance }]);
      spec
        .given([scheduled, { type: 'AttendanceRecorded', data: attendance }])
        .when(cmd('RecordAttendance', { ...attendance, members }))
        .then([]);
    });
    it('refuses someone who is not a member (404), someone listed twice and a guest without a name (400)', () => {
      spec
        .given([scheduled])
        .when(cmd('RecordAttendance', { ...attendance, present: ['kira', 'nobody'], members }))
        .thenThrows(NotFoundError);
      spec
        .given([scheduled])
        .when(cmd('RecordAttendance', { ...attendance, present: ['kira', 'ole'], members }))
        .thenThrows(InvalidInputError);
      spec
        .given([scheduled])
        .when(cmd('RecordAttendance', { ...attendance, guests: [{ name: ' ' }], members }))
        .thenThrows(InvalidInputError);
    });
  });
});

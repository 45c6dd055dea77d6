import { fold } from '@app/kernel';
import { meetingDecider } from './meeting.decider';
import { meetingDeadlines } from './meeting.deadlines';
import type { MeetingEvent } from './meeting.events';

const scheduled: MeetingEvent = {
  type: 'MeetingScheduled',
  data: {
    meetingId: 'm1',
    councilId: 'udsatte-h',
    kind: 'ordinary',
    startsAt: '2022-01-20T14:00:00+01:00',
    reminderOffsets: ['P7D', 'P2D'],
  },
};
const deadlinesAfter = (events: MeetingEvent[]) =>
  meetingDeadlines(fold(meetingDecider, events), 'meeting-m1');

describe('meetingDeadlines', () => {
  it('reminds the members at each council offset before, and the secretary a week after', () => {
    expect(deadlinesAfter([scheduled])).toEqual([
      {
        id: 'meeting-reminder-P7D',
        streamId: 'meeting-m1',
        dueAt: '2022-01-13T13:00:00.000Z',
        kind: 'reminder',
        command: {
          type: 'IssueMeetingReminders',
          data: {
            deadline: 'meeting',
            reminderId: 'meeting-reminder-P7D',
            dueAt: '2022-01-20T14:00:00+01:00',
            remindAt: '2022-01-13T13:00:00.000Z',
          },
        },
      },
      expect.objectContaining({
        id: 'meeting-reminder-P2D',
        dueAt: '2022-01-18T13:00:00.000Z',
        kind: 'reminder',
      }),
      {
        id: 'minutes-approval',
        streamId: 'meeting-m1',
        dueAt: '2022-01-27T13:00:00.000Z',
        kind: 'deadline',
        command: {
          type: 'IssueMeetingReminders',
          data: {
            deadline: 'minutes-approval',
            reminderId: 'minutes-approval',
            dueAt: '2022-01-27T13:00:00.000Z',
            remindAt: '2022-01-27T13:00:00.000Z',
          },
        },
      },
    ]);
  });

  it('drops what was issued and the minutes deadline once approved', () => {
    const issued: MeetingEvent = {
      type: 'RemindersIssued',
      data: {
        deadline: 'meeting',
        reminderId: 'meeting-reminder-P7D',
        dueAt: 'x',
        remindAt: 'y',
        recipients: ['kira'],
      },
    };
    const approved: MeetingEvent = {
      type: 'MinutesApproved',
      data: { approvedBy: 'anja', approvedAt: '2022-01-21T10:00:00Z' },
    };
    expect(deadlinesAfter([scheduled, issued, approved]).map((d) => d.id)).toEqual(['meeting-reminder-P2D']);
  });

  it('reminds again before the new start of a meeting moved after a reminder was sent, once per start', () => {
    const issued: MeetingEvent = {
      type: 'RemindersIssued',
      data: {
        deadline: 'meeting',
        reminderId: 'meeting-reminder-P7D',
        dueAt: '2022-01-20T14:00:00+01:00',
        remindAt: '2022-01-13T13:00:00.000Z',
        recipients: ['kira'],
      },
    };
    const later = '2022-02-03T14:00:00+01:00';
    const moved: MeetingEvent = { type: 'MeetingMoved', data: { startsAt: later } };
    const at = Date.parse(later);
    const afterMove = deadlinesAfter([scheduled, issued, moved]);
    expect(afterMove.filter((d) => d.kind === 'reminder')).toEqual([
      expect.objectContaining({
        id: `meeting-reminder-P7D-at-${at}`,
        dueAt: '2022-01-27T13:00:00.000Z',
        command: expect.objectContaining({
          data: expect.objectContaining({ reminderId: `meeting-reminder-P7D-at-${at}`, dueAt: later }),
        }),
      }),
      expect.objectContaining({ id: `meeting-reminder-P2D-at-${at}` }),
    ]);
    // The reminder for the new start is sent; the one for the old start, if it fires late, is not.
    const fold7 = fold(meetingDecider, [scheduled, issued, moved]);
    const reminder = afterMove[0].command as { type: 'IssueMeetingReminders'; data: object };
    const meta = {
      actor: { personId: 'system', role: 'system' as const },
      councilId: 'udsatte-h',
      now: '2022-01-27T13:00:00.000Z',
      correlationId: 'c',
      causationId: 'c',
    };
    expect(
      meetingDecider.decide(
        { ...reminder, data: { ...reminder.data, recipients: ['kira'] }, metadata: meta } as never,
        fold7,
      ),
    ).toEqual([expect.objectContaining({ type: 'RemindersIssued' })]);
    // Moved back to the first start, what was sent for it is not sent again.
    const back: MeetingEvent = { type: 'MeetingMoved', data: { startsAt: '2022-01-20T14:00:00+01:00' } };
    expect(deadlinesAfter([scheduled, issued, moved, back]).map((d) => d.id)).toEqual([
      'meeting-reminder-P2D',
      'minutes-approval',
    ]);
  });

  it('is empty for a meeting that does not exist', () => {
    expect(deadlinesAfter([])).toEqual([]);
  });
});

import {
  deciderSpec,
  ForbiddenError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
} from '@app/kernel';
import { by } from '../testing/metadata';
import type { MeetingCommand } from './meeting.commands';
import { meetingDecider } from './meeting.decider';
import type { AgendaItem, MeetingEvent, MeetingScheduled } from './meeting.events';

const spec = deciderSpec(meetingDecider);
const BEFORE = '2022-01-10T09:00:00.000Z';
const AFTER = '2022-01-20T17:00:00.000Z';
const secretary = by('anja', 'secretary', AFTER);
/** Issue 17: the chair in office approves the minutes; the handler names her as `chairInOffice`. */
const chair = by('ivan', 'chair', AFTER);

const scheduled: MeetingScheduled = {
  type: 'MeetingScheduled',
  data: {
    meetingId: 'udsatte-h-2022-1',
    councilId: 'udsatte-h',
    kind: 'ordinary',
    startsAt: '2022-01-20T14:00:00+01:00',
    place: 'Regionsgården',
    year: 2022,
    reminderOffsets: ['P7D', 'P2D'],
  },
};
const item: AgendaItem = {
  itemId: 'i5',
  title: 'Valg af ny formand',
  summary: 'Kira trækker sig som formand',
};
const hearingItem: AgendaItem = {
  itemId: 'i9',
  title: 'Høring vedr. reviderede samarbejdsaftaler',
  caseId: '21012345',
  documentId: 'EMN-2025-10555',
  refersTo: { kind: 'hearing', id: 'samarbejdsaftaler-2022' },
};
const added = (i: AgendaItem): MeetingEvent => ({ type: 'AgendaItemAdded', data: i });
const decided = (itemId: string, decision: string, absent: string[] = []): MeetingEvent => ({
  type: 'AgendaItemDecided',
  data: { itemId, decision, absent },
});
const cmd = <C extends MeetingCommand>(type: C['type'], data: C['data'], metadata = secretary) =>
  ({ type, data, metadata }) as C;

describe('meeting decider', () => {
  it('schedules a meeting, and a retry with the same details changes nothing', () => {
    spec.given([]).when(cmd('ScheduleMeeting', scheduled.data)).then([scheduled]);
    spec
      .given([scheduled])
      .when(cmd('ScheduleMeeting', { ...scheduled.data, reminderOffsets: ['P1D'] }))
      .then([]);
  });
  it('refuses the same meeting id with other details (409)', () => {
    spec
      .given([scheduled])
      .when(cmd('ScheduleMeeting', { ...scheduled.data, startsAt: '2022-01-21T14:00:00+01:00' }))
      .thenThrows(InvalidStateError);
    spec
      .given([scheduled])
      .when(cmd('ScheduleMeeting', { ...scheduled.data, councilId: 'udsatte-n' }))
      .thenThrows(InvalidStateError);
  });
  it('refuses commands to a meeting that does not exist', () => {
    spec.given([]).when(cmd('AddAgendaItem', item)).thenThrows(NotFoundError);
  });

  describe('agenda', () => {
    it('adds items with case id, document id and a reference to a hearing', () => {
      spec
        .given([scheduled])
        .when(cmd('AddAgendaItem', hearingItem))
        .then([added(hearingItem)]);
    });
    it('changes nothing for the same item again; other content under the same id is 409', () => {
      spec
        .given([scheduled, added(item)])
        .when(cmd('AddAgendaItem', item))
        .then([]);
      spec
        .given([scheduled, added(item)])
        .when(cmd('AddAgendaItem', { ...item, title: 'Andet' }))
        .thenThrows(InvalidStateError);
    });
    it('refuses an item without a title or with an unknown reference kind', () => {
      spec
        .given([scheduled])
        .when(cmd('AddAgendaItem', { ...item, title: '' }))
        .thenThrows(InvalidInputError, /title/);
      spec
        .given([scheduled])
        .when(cmd('AddAgendaItem', { ...item, refersTo: { kind: 'budget' as 'hearing', id: 'b1' } }))
        .thenThrows(InvalidInputError, /refersTo/);
    });
    it('closes the agenda when the minutes are approved', () => {
      spec
        .given([
          scheduled,
          added(item),
          decided('i5', 'Ivan blev valgt'),
          { type: 'MinutesApproved', data: { approvedBy: 'anja', approvedAt: AFTER } },
        ])
        .when(cmd('AddAgendaItem', hearingItem))
        .thenThrows(InvalidStateError);
    });
  });

  describe('decisions', () => {
    it('records a decision with the absent members after the meeting', () => {
      spec
        .given([scheduled, added(item)])
        .when(
          cmd('DecideAgendaItem', {
            itemId: 'i5',
            decision: 'Ivan blev valgt som ny formand',
            absent: ['bo'],
          }),
        )
        .then([decided('i5', 'Ivan blev valgt som ny formand', ['bo'])]);
    });
    it('refuses a decision on an item of another meeting', () => {
      spec
        .given([scheduled, added(item)])
        .when(cmd('DecideAgendaItem', { itemId: 'item-of-march', decision: 'x', absent: [] }))
        .thenThrows(NotFoundError, /not on meeting/);
    });
    it('refuses a decision before the meeting has started', () => {
      spec
        .given([scheduled, added(item)])
        .when(
          cmd(
            'DecideAgendaItem',
            { itemId: 'i5', decision: 'x', absent: [] },
            by('anja', 'secretary', BEFORE),
          ),
        )
        .thenThrows(InvalidStateError);
    });
    it('dates a decision entered after the fact at its business time, never before the meeting (400)', () => {
      const later = { ...secretary, occurredAt: '2022-01-20T15:30:00+01:00' };
      spec
        .given([scheduled, added(item)])
        .when(cmd('DecideAgendaItem', { itemId: 'i5', decision: 'Ivan valgt', absent: [] }, later))
        .then([decided('i5', 'Ivan valgt')]);
      const early = { ...secretary, occurredAt: '2022-01-20T13:59:00+01:00' };
      spec
        .given([scheduled, added(item)])
        .when(cmd('DecideAgendaItem', { itemId: 'i5', decision: 'Ivan valgt', absent: [] }, early))
        .thenThrows(InvalidInputError, /occurredAt must not be before the meeting began/);
      spec
        .given([scheduled, added(item), decided('i5', 'Ivan valgt')])
        .when(cmd('ApproveMinutes', { chairInOffice: 'ivan' }, { ...chair, occurredAt: early.occurredAt }))
        .thenThrows(InvalidInputError, /occurredAt must not be before the meeting began/);
    });
    it('records minutes approved later with the day they were approved', () => {
      const approvedAt = '2022-03-10T16:00:00+01:00';
      spec
        .given([scheduled, added(item), decided('i5', 'Ivan valgt')])
        .when(cmd('ApproveMinutes', { chairInOffice: 'ivan' }, { ...chair, occurredAt: approvedAt }))
        .then([{ type: 'MinutesApproved', data: { approvedBy: 'ivan', approvedAt } }]);
    });
    it('changes nothing when repeated; corrects before the minutes are approved, not after', () => {
      const history = [scheduled, added(item), decided('i5', 'Ivan valgt', ['bo'])];
      spec
        .given(history)
        .when(cmd('DecideAgendaItem', { itemId: 'i5', decision: 'Ivan valgt', absent: ['bo'] }))
        .then([]);
      spec
        .given(history)
        .when(cmd('DecideAgendaItem', { itemId: 'i5', decision: 'Ivan valgt', absent: [] }))
        .then([decided('i5', 'Ivan valgt', [])]);
      spec
        .given([...history, { type: 'MinutesApproved', data: { approvedBy: 'anja', approvedAt: AFTER } }])
        .when(cmd('DecideAgendaItem', { itemId: 'i5', decision: 'Steen valgt', absent: [] }))
        .thenThrows(InvalidStateError, /final/);
    });
    it('refuses an absentee listed twice or blank', () => {
      spec
        .given([scheduled, added(item)])
        .when(cmd('DecideAgendaItem', { itemId: 'i5', decision: 'x', absent: ['bo', 'bo'] }))
        .thenThrows(InvalidInputError);
      spec
        .given([scheduled, added(item)])
        .when(cmd('DecideAgendaItem', { itemId: 'i5', decision: 'x', absent: [' '] }))
        .thenThrows(InvalidInputError);
    });
  });

  describe('minutes', () => {
    it('are approved once every item is decided, once', () => {
      const approved: MeetingEvent = {
        type: 'MinutesApproved',
        data: { approvedBy: 'ivan', approvedAt: AFTER },
      };
      spec
        .given([scheduled, added(item), decided('i5', 'ok')])
        .when(cmd('ApproveMinutes', { chairInOffice: 'ivan' }, chair))
        .then([approved]);
      spec
        .given([scheduled, added(item), decided('i5', 'ok'), approved])
        .when(cmd('ApproveMinutes', { chairInOffice: 'ivan' }, chair))
        .then([]);
    });
    it('are not approved by a secretary on her own say-so (403), even once approved', () => {
      const history = [scheduled, added(item), decided('i5', 'ok')];
      spec
        .given(history)
        .when(cmd('ApproveMinutes', { chairInOffice: 'ivan' }))
        .thenThrows(ForbiddenError, /chair in office approves them, or name the meeting/);
      spec
        .given([...history, { type: 'MinutesApproved', data: { approvedBy: 'ivan', approvedAt: AFTER } }])
        .when(cmd('ApproveMinutes', {}))
        .thenThrows(ForbiddenError);
    });
    it('are approved by the chair in office, not by a chair token of someone else', () => {
      const history = [scheduled, added(item), decided('i5', 'ok')];
      const approved: MeetingEvent = {
        type: 'MinutesApproved',
        data: { approvedBy: 'ivan', approvedAt: AFTER },
      };
      spec
        .given(history)
        .when(cmd('ApproveMinutes', { chairInOffice: 'ivan' }, by('ivan', 'chair', AFTER)))
        .then([approved]);
      spec
        .given(history)
        .when(cmd('ApproveMinutes', { chairInOffice: 'ivan' }, by('kira', 'chair', AFTER)))
        .thenThrows(ForbiddenError);
      spec
        .given(history)
        .when(cmd('ApproveMinutes', {}, by('kira', 'chair', AFTER)))
        .thenThrows(ForbiddenError);
    });
    it('are refused while an item has no decision, or before the meeting', () => {
      spec
        .given([scheduled, added(item)])
        .when(cmd('ApproveMinutes', { chairInOffice: 'ivan' }, chair))
        .thenThrows(InvalidStateError, /i5/);
      spec
        .given([scheduled])
        .when(cmd('ApproveMinutes', { chairInOffice: 'ivan' }, by('ivan', 'chair', BEFORE)))
        .thenThrows(InvalidStateError);
    });
  });

  describe('reminders', () => {
    const remind = (data: Partial<MeetingCommand['data']> & object, now = BEFORE) =>
      cmd(
        'IssueMeetingReminders',
        {
          deadline: 'meeting',
          reminderId: 'meeting-reminder-P7D',
          dueAt: '2022-01-20T13:00:00.000Z',
          remindAt: '2022-01-13T13:00:00.000Z',
          recipients: ['kira', 'ivan', 'kira'],
          ...data,
        },
        by('system', 'system', now),
      );
    const issued: MeetingEvent = {
      type: 'RemindersIssued',
      data: {
        deadline: 'meeting',
        reminderId: 'meeting-reminder-P7D',
        dueAt: '2022-01-20T13:00:00.000Z',
        remindAt: '2022-01-13T13:00:00.000Z',
        recipients: ['kira', 'ivan'],
      },
    };
    it('reminds the members before the meeting, once', () => {
      spec.given([scheduled]).when(remind({})).then([issued]);
      spec.given([scheduled, issued]).when(remind({})).then([]);
    });
    it('marks a missed reminder sent late, once', () => {
      const lateIssued: MeetingEvent = { ...issued, data: { ...issued.data, late: true } } as MeetingEvent;
      spec
        .given([scheduled])
        .when(remind({ late: true }))
        .then([lateIssued]);
      spec
        .given([scheduled, lateIssued])
        .when(remind({ late: true }))
        .then([]);
    });
    it('records nothing when the meeting has begun or nobody is to be reminded', () => {
      spec.given([scheduled]).when(remind({}, AFTER)).then([]);
      spec
        .given([scheduled])
        .when(remind({ recipients: [] }))
        .then([]);
    });
    it('reminds the secretary of unapproved minutes, and not once they are approved', () => {
      const minutes = remind(
        { deadline: 'minutes-approval', reminderId: 'minutes-approval', recipients: ['anja'] },
        '2022-01-27T13:00:00.000Z',
      );
      spec
        .given([scheduled])
        .when(minutes)
        .then([
          {
            type: 'RemindersIssued',
            data: {
              deadline: 'minutes-approval',
              reminderId: 'minutes-approval',
              dueAt: '2022-01-20T13:00:00.000Z',
              remindAt: '2022-01-13T13:00:00.000Z',
              recipients: ['anja'],
            },
          },
        ]);
      spec
        .given([scheduled, { type: 'MinutesApproved', data: { approvedBy: 'anja', approvedAt: AFTER } }])
        .when(minutes)
        .then([]);
    });
  });
});

describe('meeting decider across councils', () => {
  it('does not find a meeting of another council', () => {
    const other = { ...chair, councilId: 'udsatte-n' };
    spec
      .given([scheduled])
      .when({ type: 'ApproveMinutes', data: { chairInOffice: 'ivan' }, metadata: other })
      .thenThrows(NotFoundError);
  });
});

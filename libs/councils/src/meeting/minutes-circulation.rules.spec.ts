import {
  deciderSpec,
  fold,
  ForbiddenError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
} from '@app/kernel';
import { by } from '../testing/metadata';
import { scheduledMeeting } from '../testing/meeting-fixtures';
import type { ApproveMinutes, MeetingCommand } from './meeting.commands';
import { meetingDecider } from './meeting.decider';
import { meetingDeadlines } from './meeting.deadlines';
import type { MeetingEvent } from './meeting.events';

const spec = deciderSpec(meetingDecider);
const AFTER = '2026-01-30T09:00:00.000Z';
const COMMENTS_BY = '2026-02-06T12:00:00.000Z';
const LATER = '2026-02-09T09:00:00.000Z';
const scheduled = scheduledMeeting();
const item: MeetingEvent = {
  type: 'AgendaItemAdded',
  data: { itemId: 'i1', title: 'Godkendelse af dagsorden', kind: 'agenda-approval' },
};
const decided: MeetingEvent = {
  type: 'AgendaItemDecided',
  data: { itemId: 'i1', decision: 'Dagsorden blev godkendt.', absent: [] },
};
const circulated: MeetingEvent = {
  type: 'MinutesCirculated',
  data: { commentsBy: COMMENTS_BY, circulatedBy: 'sofie', circulatedAt: AFTER },
};
const cmd = <C extends MeetingCommand>(
  type: C['type'],
  data: C['data'],
  metadata = by('sofie', 'secretary', AFTER),
) => ({ type, data, metadata }) as C;
const member = (now: string) => by('lone', 'member', now);
/** Issue 17: René holds the chair now (the handler names him); a chair token of anyone else is refused. */
const chair = (now: string) => by('rene', 'chair', now);
const inOffice = { chairInOffice: 'rene' };

describe('circulating the draft minutes with a deadline for comments', () => {
  it('circulates a complete draft with a deadline after today; the same deadline again is no change', () => {
    spec
      .given([scheduled, item, decided])
      .when(cmd('CirculateMinutes', { commentsBy: COMMENTS_BY }))
      .then([circulated]);
    spec
      .given([scheduled, item, decided, circulated])
      .when(cmd('CirculateMinutes', { commentsBy: COMMENTS_BY }))
      .then([]);
  });
  it('refuses a draft with an item not dealt with (409, naming it), and a deadline not after now (400)', () => {
    const refusal = () =>
      meetingDecider.decide(
        cmd('CirculateMinutes', { commentsBy: COMMENTS_BY }),
        [scheduled, item].reduce(meetingDecider.evolve, meetingDecider.initialState),
      );
    expect(refusal).toThrow(InvalidStateError);
    expect(refusal).toThrow(/i1 \(item 1, "Godkendelse af dagsorden"\).*before the minutes are circulated/);
    spec
      .given([scheduled, item, decided])
      .when(cmd('CirculateMinutes', { commentsBy: AFTER }))
      .thenThrows(InvalidInputError);
  });
  it('refuses to circulate before the meeting or after approval (409)', () => {
    spec
      .given([scheduled, item, decided])
      .when(
        cmd(
          'CirculateMinutes',
          { commentsBy: COMMENTS_BY },
          by('sofie', 'secretary', '2026-01-20T09:00:00Z'),
        ),
      )
      .thenThrows(InvalidStateError);
    const approved: MeetingEvent = {
      type: 'MinutesApproved',
      data: { approvedBy: 'rene', approvedAt: AFTER },
    };
    spec
      .given([scheduled, item, decided, approved])
      .when(cmd('CirculateMinutes', { commentsBy: COMMENTS_BY }))
      .thenThrows(InvalidStateError);
  });
  it('keeps a member’s comment, on an item or the whole draft, and marks one after the deadline late', () => {
    const given = [scheduled, item, decided, circulated];
    spec
      .given(given)
      .when(cmd('CommentOnMinutes', { commentId: 'c1', text: 'Jeg var der', itemId: 'i1' }, member(AFTER)))
      .then([
        {
          type: 'MinutesCommented',
          data: { commentId: 'c1', by: 'lone', text: 'Jeg var der', itemId: 'i1', at: AFTER },
        },
      ]);
    spec
      .given(given)
      .when(cmd('CommentOnMinutes', { commentId: 'c2', text: 'Sent, men …' }, member(LATER)))
      .then([
        {
          type: 'MinutesCommented',
          data: { commentId: 'c2', by: 'lone', text: 'Sent, men …', at: LATER, late: true },
        },
      ]);
    spec
      .given(given)
      .when(cmd('CommentOnMinutes', { commentId: 'c3', text: 'x', itemId: 'i9' }, member(AFTER)))
      .thenThrows(NotFoundError);
    spec
      .given([scheduled, item, decided])
      .when(cmd('CommentOnMinutes', { commentId: 'c1', text: 'x' }, member(AFTER)))
      .thenThrows(InvalidStateError);
  });
  it('waits for the comment deadline before the minutes are approved (409), then approves', () => {
    const given = [scheduled, item, decided, circulated];
    spec
      .given(given)
      .when(cmd('ApproveMinutes', inOffice, chair(AFTER)))
      .thenThrows(InvalidStateError);
    spec
      .given(given)
      .when(cmd('ApproveMinutes', inOffice, chair(LATER)))
      .then([{ type: 'MinutesApproved', data: { approvedBy: 'rene', approvedAt: LATER } }]);
  });
});

describe('who approves the minutes (issue 17)', () => {
  const given = [scheduled, item, decided];
  it('the chair in office, checked against who holds the chair now', () => {
    spec
      .given(given)
      .when(cmd('ApproveMinutes', inOffice, chair(AFTER)))
      .then([{ type: 'MinutesApproved', data: { approvedBy: 'rene', approvedAt: AFTER } }]);
    spec
      .given(given)
      .when(cmd('ApproveMinutes', inOffice, by('hanne', 'chair', AFTER)))
      .thenThrows(ForbiddenError, /only the chair in office/);
  });
  it('not a secretary on her own say-so (403, and nothing appended)', () => {
    spec
      .given(given)
      .when(cmd('ApproveMinutes', inOffice))
      .thenThrows(ForbiddenError, /a secretary does not approve the minutes on her own/);
  });
});

describe('approval by the next meeting under "approval of the previous minutes"', () => {
  const byMeeting = { meetingId: 'sj-2026-2', itemId: 'n2' };
  /** The day after the next meeting, when the secretary records its approval. */
  const AFTER_NEXT = '2026-03-06T09:00:00.000Z';
  const next = { startsAt: '2026-03-05T15:00:00+01:00', cancelled: false, itemIds: ['n1', 'n2'] };
  const recorded = (data: ApproveMinutes['data'], now = AFTER_NEXT) =>
    cmd('ApproveMinutes', data, by('sofie', 'secretary', now));
  it('is recorded by a secretary naming the meeting and its item, on the day of that meeting', () => {
    spec
      .given([scheduled, item, decided, circulated])
      .when(recorded({ byMeeting, approvingMeeting: next }))
      .then([
        {
          type: 'MinutesApproved',
          data: { approvedBy: 'sofie', approvedAt: '2026-03-05T15:00:00+01:00', byMeeting },
        },
      ]);
  });
  it("takes the meeting's item approving previous minutes when no item is named", () => {
    spec
      .given([scheduled, item, decided])
      .when(
        recorded({
          byMeeting: { meetingId: 'sj-2026-2' },
          approvingMeeting: { ...next, approvalItemId: 'n2' },
        }),
      )
      .then([
        {
          type: 'MinutesApproved',
          data: { approvedBy: 'sofie', approvedAt: '2026-03-05T15:00:00+01:00', byMeeting },
        },
      ]);
  });
  it("refuses a meeting not the council's or an item not on it (404)", () => {
    spec
      .given([scheduled, item, decided])
      .when(recorded({ byMeeting }))
      .thenThrows(NotFoundError, /sj-2026-2/);
    spec
      .given([scheduled, item, decided])
      .when(recorded({ byMeeting: { meetingId: 'sj-2026-2', itemId: 'n9' }, approvingMeeting: next }))
      .thenThrows(NotFoundError, /n9/);
  });
  it('refuses a meeting not yet held or cancelled (409), or not after this one (400)', () => {
    spec
      .given([scheduled, item, decided])
      .when(recorded({ byMeeting, approvingMeeting: next }, AFTER))
      .thenThrows(InvalidStateError, /has not been held/);
    spec
      .given([scheduled, item, decided])
      .when(recorded({ byMeeting, approvingMeeting: { ...next, startsAt: '' } }))
      .thenThrows(InvalidStateError, /has not been held/);
    spec
      .given([scheduled, item, decided])
      .when(recorded({ byMeeting, approvingMeeting: { ...next, cancelled: true } }))
      .thenThrows(InvalidStateError, /cancelled/);
    spec
      .given([scheduled, item, decided])
      .when(recorded({ byMeeting, approvingMeeting: { ...next, startsAt: '2025-12-04T16:30:00+01:00' } }))
      .thenThrows(InvalidInputError, /after this one/);
  });
  it('refuses approval by the meeting itself (400) and with an item not dealt with (409)', () => {
    spec
      .given([scheduled, item, decided])
      .when(recorded({ byMeeting: { meetingId: 'sj-2026-1', itemId: 'i1' } }))
      .thenThrows(InvalidInputError);
    spec
      .given([scheduled, item])
      .when(recorded({ byMeeting, approvingMeeting: next }))
      .thenThrows(InvalidStateError);
  });
});

describe('the reminder before the deadline for comments', () => {
  const withOffsets = scheduledMeeting(['P2D']);
  const given = [withOffsets, item, decided, circulated];
  const remindAt = '2026-02-04T12:00:00.000Z';
  const reminder = (dueAt: string) =>
    cmd(
      'IssueMeetingReminders',
      {
        deadline: 'minutes-comments',
        reminderId: 'minutes-comments-1-P2D',
        dueAt,
        remindAt,
        recipients: ['lone', 'maja'],
      },
      by('system', 'system', remindAt),
    );
  it('is a deadline two days before the comments are due, per circulation', () => {
    expect(meetingDeadlines(fold(meetingDecider, given), 'meeting-sj')).toContainEqual(
      expect.objectContaining({ id: 'minutes-comments-1-P2D', dueAt: remindAt, kind: 'reminder' }),
    );
  });
  it('reminds the members while the draft is out, not for an old deadline nor after approval', () => {
    spec
      .given(given)
      .when(reminder(COMMENTS_BY))
      .then([
        {
          type: 'RemindersIssued',
          data: {
            deadline: 'minutes-comments',
            reminderId: 'minutes-comments-1-P2D',
            dueAt: COMMENTS_BY,
            remindAt,
            recipients: ['lone', 'maja'],
          },
        },
      ]);
    spec.given(given).when(reminder('2026-02-01T12:00:00.000Z')).then([]);
    const approved: MeetingEvent = {
      type: 'MinutesApproved',
      data: { approvedBy: 'rene', approvedAt: LATER },
    };
    spec
      .given([...given, approved])
      .when(reminder(COMMENTS_BY))
      .then([]);
    const left = meetingDeadlines(fold(meetingDecider, [...given, approved]), 'm').map((d) => d.id);
    expect(left).not.toContain('minutes-comments-1-P2D');
  });
});

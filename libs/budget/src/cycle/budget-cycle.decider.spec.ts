import { deciderSpec, InvalidInputError, InvalidStateError, NotFoundError } from '@app/kernel';
import { MILESTONES_2022 } from '../testing/calendar-2022.fixture';
import { cycleCommand, cycleCreated } from '../testing/cycle.fixture';
import { COMMITTEE } from '../testing/seed-002.fixture';
import { budgetCycleDecider } from './budget-cycle.decider';
import type { BudgetCycleEvent } from './budget-cycle.events';
import { committeesOf } from './budget-cycle.state';

const spec = deciderSpec(budgetCycleDecider);
const cmd = cycleCommand;

const create = cmd('CreateBudgetCycle', {
  cycleId: 'cy1',
  year: 2023,
  milestones: MILESTONES_2022,
  reminderOffsets: ['P7D', 'P1D'],
});
const created = cycleCreated(['P7D', 'P1D']);
const drafts = [{ id: 'bp1', title: 'A cross-sectoral unit' }];
const submissionReminder = {
  reminder: 'submission.spu-first.reminder.P7D',
  deadline: 'submission.spu-first',
  milestoneId: 'spu-first',
  dueAt: '2022-03-23T12:00:00+01:00',
  remindAt: '2022-03-16T11:00:00.000Z',
  recipients: ['p-sec', 'p-chair', 'p-sec'],
  drafts,
};

describe('budget cycle decider', () => {
  it("creates the cycle with seed 000's calendar and several committees, even in the past", () => {
    spec.given([]).when(create).then([created]);
    expect(committeesOf(spec.given([created]).state())).toEqual([
      COMMITTEE,
      'Udvalg for det nære og sammenhængende sundhedsvæsen',
    ]);
  });
  it('records nothing for a retried creation; other content is a conflict', () => {
    spec.given([created]).when(create).then([]);
    spec
      .given([created])
      .when(cmd('CreateBudgetCycle', { ...create.data, year: 2024 }))
      .thenThrows(InvalidStateError, /other content/);
  });
  it.each([
    ['year', { year: 23 }, /year/],
    ['no milestones', { milestones: [] }, /at least one/],
    ['kind', { milestones: [{ ...MILESTONES_2022[0], kind: 'lunch' }] }, /kind/],
    [
      'deadline after meeting',
      { milestones: [{ ...MILESTONES_2022[0], submissionDeadline: '2022-04-01T00:00:00Z' }] },
      /before the meeting/,
    ],
    [
      'time without offset',
      { milestones: [{ ...MILESTONES_2022[0], date: '2022-03-30T15:00:00' }] },
      /offset/,
    ],
    ['quota', { milestones: [{ ...MILESTONES_2022[1], quota: 0 }] }, /quota/],
    ['duplicate ids', { milestones: [MILESTONES_2022[0], MILESTONES_2022[0]] }, /unique/],
    ['id with a colon', { milestones: [{ ...MILESTONES_2022[0], id: 'a:b' }] }, /id/],
    ['reminder offset', { reminderOffsets: ['a week'] }, /reminderOffsets|duration/],
  ])('refuses a bad %s', (_name, change, message) => {
    spec
      .given([])
      .when(cmd('CreateBudgetCycle', { ...create.data, ...change }))
      .thenThrows(InvalidInputError, message);
  });

  it("treats another council's cycle as missing", () => {
    const move = cmd('MoveBudgetMilestone', { milestoneId: 'spu-prio', date: '2022-05-04T13:00:00Z' });
    spec
      .given([created])
      .when({ ...move, metadata: { ...move.metadata, councilId: 'c2' } })
      .thenThrows(NotFoundError);
  });

  describe('moving a milestone', () => {
    it('keeps the submission deadline at its distance from the meeting', () => {
      spec
        .given([created])
        .when(cmd('MoveBudgetMilestone', { milestoneId: 'spu-first', date: '2022-04-06T15:00:00+02:00' }))
        .then([
          {
            type: 'BudgetMilestoneMoved',
            data: {
              milestoneId: 'spu-first',
              date: '2022-04-06T15:00:00+02:00',
              submissionDeadline: '2022-03-30T11:00:00.000Z',
              previousDate: '2022-03-30T15:00:00+02:00',
              previousSubmissionDeadline: '2022-03-23T12:00:00+01:00',
            },
          },
        ]);
    });
    it('records nothing when the milestone does not move; refuses an unknown one', () => {
      spec
        .given([created])
        .when(cmd('MoveBudgetMilestone', { milestoneId: 'spu-prio', date: '2022-04-27T13:00:00Z' }))
        .then([]);
      spec
        .given([created])
        .when(cmd('MoveBudgetMilestone', { milestoneId: 'nope', date: '2022-04-27T13:00:00Z' }))
        .thenThrows(NotFoundError);
    });
  });

  describe('reminders and the passing of a submission deadline', () => {
    it('reminds the secretary and the chair once of the drafts before a submission deadline', () => {
      const issued: BudgetCycleEvent = {
        type: 'RemindersIssued',
        data: {
          deadline: 'submission.spu-first',
          reminder: 'submission.spu-first.reminder.P7D',
          dueAt: '2022-03-23T12:00:00+01:00',
          remindAt: '2022-03-16T11:00:00.000Z',
          recipients: ['p-sec', 'p-chair'],
          about: 'submission-deadline',
          milestoneId: 'spu-first',
          committee: COMMITTEE,
          proposals: drafts,
        },
      };
      spec.given([created]).when(cmd('IssueSubmissionReminders', submissionReminder)).then([issued]);
      spec.given([created, issued]).when(cmd('IssueSubmissionReminders', submissionReminder)).then([]);
    });
    it('reminds nobody when no proposal is left in draft, or when the deadline has moved since', () => {
      spec
        .given([created])
        .when(cmd('IssueSubmissionReminders', { ...submissionReminder, drafts: [] }))
        .then([]);
      spec
        .given([created])
        .when(cmd('IssueSubmissionReminders', { ...submissionReminder, dueAt: '2022-03-20T12:00:00+01:00' }))
        .then([]);
    });
    it('sends a late reminder before the deadline marked late, and none once the deadline has come', () => {
      const late = { ...submissionReminder, late: true };
      const before = cmd('IssueSubmissionReminders', late, '2022-03-22T09:00:00Z');
      const issuedLate: BudgetCycleEvent = {
        type: 'RemindersIssued',
        data: {
          deadline: 'submission.spu-first',
          reminder: 'submission.spu-first.reminder.P7D',
          dueAt: '2022-03-23T12:00:00+01:00',
          remindAt: '2022-03-16T11:00:00.000Z',
          recipients: ['p-sec', 'p-chair'],
          about: 'submission-deadline',
          milestoneId: 'spu-first',
          committee: COMMITTEE,
          proposals: drafts,
          late: true,
        },
      };
      spec.given([created]).when(before).then([issuedLate]);
      spec
        .given([created])
        .when(cmd('IssueSubmissionReminders', late, '2022-03-23T11:00:00Z'))
        .then([]);
    });
    it('reminds the council of what is on a committee meeting', () => {
      const data = {
        reminder: 'milestone.spu-prio.reminder.P1D',
        deadline: 'milestone.spu-prio',
        milestoneId: 'spu-prio',
        dueAt: '2022-04-27T15:00:00+02:00',
        remindAt: '2022-04-26T13:00:00.000Z',
        recipients: ['m1', 'm2'],
        proposals: drafts,
      };
      spec
        .given([created])
        .when(cmd('IssueMilestoneReminders', data))
        .then([
          {
            type: 'RemindersIssued',
            data: {
              deadline: data.deadline,
              reminder: data.reminder,
              dueAt: data.dueAt,
              remindAt: data.remindAt,
              recipients: ['m1', 'm2'],
              about: 'milestone',
              milestoneId: 'spu-prio',
              committee: COMMITTEE,
              proposals: drafts,
            },
          },
        ]);
    });
    it('records once which drafts missed a passed submission deadline, never before it', () => {
      const data = {
        deadline: 'submission.spu-first',
        milestoneId: 'spu-first',
        dueAt: '2022-03-23T12:00:00+01:00',
        drafts,
      };
      const passed: BudgetCycleEvent = {
        type: 'SubmissionDeadlinePassed',
        data: { milestoneId: 'spu-first', committee: COMMITTEE, dueAt: data.dueAt, missedBy: ['bp1'] },
      };
      spec
        .given([created])
        .when(cmd('RecordSubmissionDeadlinePassed', data, '2022-03-23T11:00:01Z'))
        .then([passed]);
      spec
        .given([created, passed])
        .when(cmd('RecordSubmissionDeadlinePassed', data, '2022-03-24T00:00:00Z'))
        .then([]);
      spec
        .given([created])
        .when(cmd('RecordSubmissionDeadlinePassed', data, '2022-03-23T10:59:59Z'))
        .then([]);
    });
  });
});

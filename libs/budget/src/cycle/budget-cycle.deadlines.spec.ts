import { fold } from '@app/kernel';
import { MILESTONES_2022 } from '../testing/calendar-2022.fixture';
import { budgetCycleDeadlines } from './budget-cycle.deadlines';
import { budgetCycleDecider } from './budget-cycle.decider';
import type { BudgetCycleEvent, Milestone } from './budget-cycle.events';

const created: BudgetCycleEvent = {
  type: 'BudgetCycleCreated',
  data: {
    cycleId: 'cy1',
    year: 2023,
    milestones: MILESTONES_2022.slice(0, 2) as Milestone[],
    reminderOffsets: ['P7D'],
  },
};
const deadlinesAfter = (events: BudgetCycleEvent[]) =>
  budgetCycleDeadlines(fold(budgetCycleDecider, events), 'budgetCycle-cy1');

describe('budget cycle deadlines', () => {
  it('has a reminder before each submission deadline, the deadline itself, and a reminder before each meeting', () => {
    expect(deadlinesAfter([created]).map((d) => [d.id, d.kind, d.dueAt, d.command.type])).toEqual([
      [
        'submission.spu-first.reminder.P7D',
        'reminder',
        '2022-03-16T11:00:00.000Z',
        'IssueSubmissionReminders',
      ],
      ['submission.spu-first', 'deadline', '2022-03-23T12:00:00+01:00', 'RecordSubmissionDeadlinePassed'],
      ['milestone.spu-first.reminder.P7D', 'reminder', '2022-03-23T13:00:00.000Z', 'IssueMilestoneReminders'],
      ['milestone.spu-prio.reminder.P7D', 'reminder', '2022-04-20T13:00:00.000Z', 'IssueMilestoneReminders'],
    ]);
    expect(deadlinesAfter([]).length).toBe(0);
  });
  it('moves with its milestone, under the same ids', () => {
    const moved: BudgetCycleEvent = {
      type: 'BudgetMilestoneMoved',
      data: {
        milestoneId: 'spu-first',
        date: '2022-04-06T15:00:00+02:00',
        submissionDeadline: '2022-03-30T11:00:00.000Z',
        previousDate: '2022-03-30T15:00:00+02:00',
        previousSubmissionDeadline: '2022-03-23T12:00:00+01:00',
      },
    };
    const byId = Object.fromEntries(deadlinesAfter([created, moved]).map((d) => [d.id, d.dueAt]));
    expect(byId['submission.spu-first.reminder.P7D']).toBe('2022-03-23T11:00:00.000Z');
    expect(byId['submission.spu-first']).toBe('2022-03-30T11:00:00.000Z');
    expect(byId['milestone.spu-first.reminder.P7D']).toBe('2022-03-30T13:00:00.000Z');
  });
  it('drops what was issued or passed', () => {
    const after = deadlinesAfter([
      created,
      {
        type: 'SubmissionDeadlinePassed',
        data: { milestoneId: 'spu-first', committee: 'x', dueAt: '2022-03-23T11:00:00Z', missedBy: [] },
      },
      {
        type: 'RemindersIssued',
        data: {
          deadline: 'milestone.spu-prio',
          reminder: 'milestone.spu-prio.reminder.P7D',
          dueAt: '2022-04-27T13:00:00Z',
          remindAt: '2022-04-20T13:00:00Z',
          recipients: ['m1'],
          about: 'milestone',
          milestoneId: 'spu-prio',
          committee: 'x',
          proposals: [],
        },
      },
    ]);
    expect(after.map((d) => d.id)).toEqual(['milestone.spu-first.reminder.P7D']);
  });
});

import { fold } from '@app/kernel';
import type { Command } from '@app/kernel';
import type { Deadline } from '@app/scheduling';
import type { FollowUpCommand } from './follow-up.commands';
import { followUpDecider } from './follow-up.decider';
import { followUpDeadlines } from './follow-up.deadlines';
import type { FollowUpEvent } from './follow-up.events';
import { iddCreated, meta } from './follow-up.fixtures';

const STREAM = 'followUp-idd';
const stateOf = (events: FollowUpEvent[]) => fold(followUpDecider, events);
const ids = (events: FollowUpEvent[]) => followUpDeadlines(stateOf(events), STREAM).map((d) => d.id);

/** What the dispatcher does when a job fires: the deadline's command, at its time, by the system. */
const fire = (deadline: Deadline, events: FollowUpEvent[]): FollowUpEvent[] =>
  followUpDecider.decide(
    {
      type: deadline.command.type,
      data: deadline.command.data,
      metadata: meta(deadline.dueAt, { actor: { personId: 'system', role: 'system' } }),
    } as Command as FollowUpCommand,
    stateOf(events),
  );

describe('followUpDeadlines', () => {
  it('holds the next report, each milestone and the evaluation, each with reminders at every offset', () => {
    const deadlines = followUpDeadlines(stateOf([iddCreated()]), STREAM);
    expect(deadlines.map((d) => [d.id, d.kind, d.dueAt])).toEqual([
      ['status-report-1-reminder-P7D', 'reminder', '2026-04-15T10:00:00.000Z'],
      ['status-report-1-reminder-P1D', 'reminder', '2026-04-21T10:00:00.000Z'],
      ['status-report-1', 'deadline', '2026-04-22T10:00:00.000Z'],
      ['milestone-m-1-reminder-P7D', 'reminder', '2026-02-21T23:00:00.000Z'],
      ['milestone-m-1-reminder-P1D', 'reminder', '2026-02-27T23:00:00.000Z'],
      ['milestone-m-1', 'deadline', '2026-02-28T23:00:00.000Z'],
      ['evaluation-reminder-P7D', 'reminder', '2026-09-23T22:00:00.000Z'],
      ['evaluation-reminder-P1D', 'reminder', '2026-09-29T22:00:00.000Z'],
      ['evaluation', 'deadline', '2026-09-30T22:00:00.000Z'],
    ]);
    expect(deadlines.every((d) => d.streamId === STREAM)).toBe(true);
  });

  it('a fired reminder records the secretary reminded and then drops out; the deadline records overdue', () => {
    const history: FollowUpEvent[] = [iddCreated()];
    const reminder = followUpDeadlines(stateOf(history), STREAM)[0];
    const reminded = fire(reminder, history);
    expect(reminded).toEqual([
      {
        type: 'RemindersIssued',
        data: {
          deadline: 'status-report',
          deadlineId: 'status-report-1',
          dueAt: '2026-04-22T10:00:00.000Z',
          remindAt: '2026-04-15T10:00:00.000Z',
          recipients: ['sec-1'],
        },
      },
    ]);
    history.push(...reminded);
    expect(ids(history)).not.toContain('status-report-1-reminder-P7D');
    expect(fire(reminder, history)).toEqual([]); // a job that runs twice does no harm
    const deadline = followUpDeadlines(stateOf(history), STREAM).find((d) => d.id === 'status-report-1')!;
    const overdue = fire(deadline, history);
    expect(overdue.map((e) => e.type)).toEqual(['StatusReportOverdue']);
    history.push(...overdue);
    expect(ids(history)).not.toContain('status-report-1');
  });

  it('a report moves the next one an interval after it, under a new id', () => {
    const submitted: FollowUpEvent = {
      type: 'StatusReportSubmitted',
      data: {
        reportId: 'r1',
        summary: 's',
        asOf: '2026-02-01T00:00:00Z',
        values: [],
        submittedAt: '2026-03-01T00:00:00Z',
      },
    };
    const next = followUpDeadlines(stateOf([iddCreated(), submitted]), STREAM).find(
      (d) => d.kind === 'deadline',
    );
    expect(next).toMatchObject({ id: 'status-report-2', dueAt: '2026-06-01T00:00:00.000Z' });
  });

  it('a plan revision moves a milestone under the same id, and lets a recorded overdue fall due again', () => {
    const overdue: FollowUpEvent = {
      type: 'MilestoneOverdue',
      data: { deadlineId: 'milestone-m-1', milestoneId: 'm-1', dueAt: '2026-03-01T00:00:00+01:00' },
    };
    expect(ids([iddCreated(), overdue])).not.toContain('milestone-m-1');
    const state = stateOf([iddCreated(), overdue]);
    const [revised] = followUpDecider.decide(
      {
        type: 'RevisePlan',
        data: { reason: 'later', milestones: [{ id: 'm-1', due: '2026-05-01T00:00:00Z' }] },
        metadata: meta('2026-03-02T00:00:00Z'),
      },
      state,
    );
    const after = followUpDeadlines(stateOf([iddCreated(), overdue, revised]), STREAM);
    expect(after.find((d) => d.id === 'milestone-m-1')?.dueAt).toBe('2026-05-01T00:00:00.000Z');
  });

  it('nothing is due after the verdict, nor for a follow-up that does not exist', () => {
    const verdict: FollowUpEvent = {
      type: 'VerdictGiven',
      data: { verdict: 'discontinue', reason: 'no effect', givenOn: '2026-02-01T00:00:00Z' },
    };
    expect(ids([iddCreated(), verdict])).toEqual([]);
    expect(ids([])).toEqual([]);
  });
});

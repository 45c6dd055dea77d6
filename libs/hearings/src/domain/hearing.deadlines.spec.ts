import { fold } from '@app/kernel';
import { hearingDecider } from './hearing.decider';
import { hearingDeadlines } from './hearing.deadlines';
import type { HearingEvent } from './hearing.events';
import { INPUT_DEADLINE, approvalRequested, draft1, opened, signedOff, submitted } from './hearing.fixtures';

const deadlinesAfter = (events: HearingEvent[]) =>
  hearingDeadlines(fold(hearingDecider, events), 'hearing-h1');
const summary = (events: HearingEvent[]) => deadlinesAfter(events).map((d) => `${d.id} ${d.kind} ${d.dueAt}`);
const RESPONSE = '2026-01-28T11:00:00.000Z';

describe('hearingDeadlines', () => {
  it('an open hearing: the input and response deadlines, each with a reminder per offset', () => {
    expect(summary([opened])).toEqual([
      `input deadline ${INPUT_DEADLINE}`,
      'input-remind-P7D reminder 2026-01-19T11:00:00.000Z',
      'input-remind-P2D reminder 2026-01-24T11:00:00.000Z',
      `response deadline ${RESPONSE}`,
      'response-remind-P7D reminder 2026-01-21T11:00:00.000Z',
      'response-remind-P2D reminder 2026-01-26T11:00:00.000Z',
    ]);
  });
  it('each entry carries the command the job sends', () => {
    const [input, remind] = deadlinesAfter([opened]);
    expect(input).toEqual({
      id: 'input',
      streamId: 'hearing-h1',
      dueAt: INPUT_DEADLINE,
      kind: 'deadline',
      command: { type: 'RecordInputDeadlinePassed', data: { dueAt: INPUT_DEADLINE } },
    });
    expect(remind.command).toEqual({
      type: 'IssueHearingReminders',
      data: {
        deadlineId: 'input-remind-P7D',
        deadline: 'input',
        dueAt: INPUT_DEADLINE,
        remindAt: '2026-01-19T11:00:00.000Z',
      },
    });
    expect(deadlinesAfter([opened]).find((d) => d.id === 'response')?.command.type).toBe(
      'RecordHearingLapse',
    );
  });
  it('an extension keeps the ids and moves the due times', () => {
    const extended: HearingEvent = {
      type: 'HearingDeadlineExtended',
      data: {
        previousResponseDeadline: RESPONSE,
        responseDeadline: '2026-02-04T11:00:00.000Z',
        inputDeadline: '2026-02-02T11:00:00.000Z',
      },
    };
    const before = deadlinesAfter([opened]);
    const after = deadlinesAfter([opened, extended]);
    expect(after.map((d) => d.id)).toEqual(before.map((d) => d.id));
    expect(summary([opened, extended])).toContain('input-remind-P7D reminder 2026-01-26T11:00:00.000Z');
    expect(summary([opened, extended])).toContain('response deadline 2026-02-04T11:00:00.000Z');
  });
  it('a passed input deadline drops out; a reminder already issued drops out', () => {
    const passed: HearingEvent = {
      type: 'InputDeadlinePassed',
      data: { inputDeadline: INPUT_DEADLINE, missing: [] },
    };
    expect(deadlinesAfter([opened, passed]).map((d) => d.id)).toEqual([
      'response',
      'response-remind-P7D',
      'response-remind-P2D',
    ]);
    const reminded: HearingEvent = {
      type: 'RemindersIssued',
      data: {
        deadline: 'input',
        dueAt: INPUT_DEADLINE,
        remindAt: '2026-01-19T11:00:00.000Z',
        recipients: ['bo'],
      },
    };
    expect(deadlinesAfter([opened, reminded]).map((d) => d.id)).not.toContain('input-remind-P7D');
  });
  it('an approval request adds the approval deadline until sign-off', () => {
    expect(summary([opened, draft1, approvalRequested])).toContain(
      'approval deadline 2026-01-27T12:00:00.000Z',
    );
    expect(deadlinesAfter([opened, draft1, approvalRequested, signedOff]).map((d) => d.id)).not.toContain(
      'approval',
    );
  });
  it('nothing after submission, declination or lapse, nor for a hearing never opened', () => {
    expect(deadlinesAfter([opened, draft1, signedOff, submitted])).toEqual([]);
    expect(
      deadlinesAfter([opened, { type: 'HearingDeclined', data: { reason: 'x', declinedAt: RESPONSE } }]),
    ).toEqual([]);
    expect(deadlinesAfter([opened, { type: 'HearingLapsed', data: { responseDeadline: RESPONSE } }])).toEqual(
      [],
    );
    expect(deadlinesAfter([])).toEqual([]);
  });
});

import { ForbiddenError } from '@app/kernel';
import type {
  IssueHearingReminders,
  RecordApprovalDeadlinePassed,
  RecordHearingLapse,
  RecordInputDeadlinePassed,
} from './hearing.commands';
import type { HearingEvent } from './hearing.events';
import {
  INPUT_DEADLINE,
  RESPONSE_DEADLINE,
  anna,
  annaInput,
  approvalRequested,
  cmd,
  draft1,
  opened,
  signedOff,
  spec,
  submitted,
  system,
} from './hearing.fixtures';

const REMIND_AT = '2026-01-19T11:00:00.000Z';
const remind = (
  deadline: IssueHearingReminders['data']['deadline'],
  dueAt: string,
  now = REMIND_AT,
  remindAt = REMIND_AT,
) =>
  cmd<IssueHearingReminders>(
    'IssueHearingReminders',
    { deadlineId: `${deadline}-remind-P7D`, deadline, dueAt, remindAt },
    system,
    now,
  );
const inputReminder = (recipients: string[]): HearingEvent => ({
  type: 'RemindersIssued',
  data: { deadline: 'input', dueAt: INPUT_DEADLINE, remindAt: REMIND_AT, recipients },
});
const APPROVAL_DEADLINE = '2026-01-27T12:00:00Z';
const AFTER_RESPONSE = '2026-01-28T11:00:01Z';

describe('reminders', () => {
  it('input: only invited members who have not given input', () => {
    spec
      .given([opened, annaInput])
      .when(remind('input', INPUT_DEADLINE))
      .then([inputReminder(['bo', 'carl'])]);
  });
  it('a missed reminder rebuilt after its time is issued marked late, and only once', () => {
    const late = cmd<IssueHearingReminders>(
      'IssueHearingReminders',
      {
        deadlineId: 'input-remind-P7D',
        deadline: 'input',
        dueAt: INPUT_DEADLINE,
        remindAt: REMIND_AT,
        late: true,
      },
      system,
      '2026-01-20T09:00:00.000Z',
    );
    const issuedLate: HearingEvent = {
      type: 'RemindersIssued',
      data: {
        deadline: 'input',
        dueAt: INPUT_DEADLINE,
        remindAt: REMIND_AT,
        recipients: ['bo', 'carl'],
        late: true,
      },
    };
    spec.given([opened, annaInput]).when(late).then([issuedLate]);
    spec.given([opened, annaInput, issuedLate]).when(late).then([]);
  });
  it('input: a member who has left the council since the opening is not reminded', () => {
    const asOfNow = cmd<IssueHearingReminders>(
      'IssueHearingReminders',
      {
        deadlineId: 'input-remind-P7D',
        deadline: 'input',
        dueAt: INPUT_DEADLINE,
        remindAt: REMIND_AT,
        currentMembers: ['anna', 'carl'],
      },
      system,
      REMIND_AT,
    );
    spec
      .given([opened, annaInput])
      .when(asOfNow)
      .then([inputReminder(['carl'])]);
  });
  it('input: a withdrawn input counts as none', () => {
    const withdrawn: HearingEvent = {
      type: 'HearingInputWithdrawn',
      data: { personId: 'anna', withdrawnAt: REMIND_AT },
    };
    spec
      .given([opened, annaInput, withdrawn])
      .when(remind('input', INPUT_DEADLINE))
      .then([inputReminder(['anna', 'bo', 'carl'])]);
  });
  it('the same deadline and remind time again records nothing; another remind time does', () => {
    spec
      .given([opened, inputReminder(['anna', 'bo', 'carl'])])
      .when(remind('input', INPUT_DEADLINE))
      .then([]);
    const later = '2026-01-24T11:00:00.000Z';
    spec
      .given([opened, inputReminder(['anna', 'bo', 'carl'])])
      .when(remind('input', INPUT_DEADLINE, later, later))
      .then([
        {
          type: 'RemindersIssued',
          data: {
            deadline: 'input',
            dueAt: INPUT_DEADLINE,
            remindAt: later,
            recipients: ['anna', 'bo', 'carl'],
          },
        },
      ]);
  });
  it('nobody left to remind records nothing', () => {
    const all = ['bo', 'carl'].map((personId): HearingEvent => ({
      type: 'HearingInputSubmitted',
      data: {
        personId,
        text: 'x',
        givenAt: REMIND_AT,
        recordedAt: REMIND_AT,
        late: false,
        recordedBy: personId,
      },
    }));
    spec
      .given([opened, annaInput, ...all])
      .when(remind('input', INPUT_DEADLINE))
      .then([]);
  });
  it('a job for a moved deadline, or one already passed, records nothing', () => {
    const extended: HearingEvent = {
      type: 'HearingDeadlineExtended',
      data: {
        previousResponseDeadline: RESPONSE_DEADLINE,
        responseDeadline: '2026-02-04T11:00:00Z',
        inputDeadline: '2026-02-02T11:00:00.000Z',
      },
    };
    spec.given([opened, extended]).when(remind('input', INPUT_DEADLINE)).then([]);
    spec
      .given([opened])
      .when(remind('input', INPUT_DEADLINE, '2026-01-26T11:00:00Z'))
      .then([]);
  });
  it('approval: members who have not answered, only while approval is pending', () => {
    const annaApproves: HearingEvent = {
      type: 'HearingApprovalAnswered',
      data: { personId: 'anna', draftVersion: 1, approve: true },
    };
    spec
      .given([opened, draft1, approvalRequested, annaApproves])
      .when(remind('approval', APPROVAL_DEADLINE))
      .then([
        {
          type: 'RemindersIssued',
          data: {
            deadline: 'approval',
            dueAt: APPROVAL_DEADLINE,
            remindAt: REMIND_AT,
            recipients: ['bo', 'carl'],
          },
        },
      ]);
    spec.given([opened, draft1]).when(remind('approval', APPROVAL_DEADLINE)).then([]);
    spec
      .given([opened, draft1, approvalRequested, signedOff])
      .when(remind('approval', APPROVAL_DEADLINE))
      .then([]);
  });
  it('response: the secretary and the chair while nothing is submitted', () => {
    spec
      .given([opened])
      .when(remind('response', RESPONSE_DEADLINE))
      .then([
        {
          type: 'RemindersIssued',
          data: {
            deadline: 'response',
            dueAt: RESPONSE_DEADLINE,
            remindAt: REMIND_AT,
            recipients: ['sofie', 'carl'],
          },
        },
      ]);
    spec.given([opened, draft1, signedOff, submitted]).when(remind('response', RESPONSE_DEADLINE)).then([]);
  });
  it('only the scheduler sends deadline commands', () => {
    spec
      .given([opened])
      .when(
        cmd<IssueHearingReminders>(
          'IssueHearingReminders',
          { deadlineId: 'input', deadline: 'input', dueAt: INPUT_DEADLINE, remindAt: REMIND_AT },
          anna,
        ),
      )
      .thenThrows(ForbiddenError);
  });
});

describe('passed deadlines', () => {
  const inputPassed = (now: string, dueAt = INPUT_DEADLINE) =>
    cmd<RecordInputDeadlinePassed>('RecordInputDeadlinePassed', { dueAt }, system, now);
  const approvalPassed = (now: string) =>
    cmd<RecordApprovalDeadlinePassed>(
      'RecordApprovalDeadlinePassed',
      { dueAt: APPROVAL_DEADLINE },
      system,
      now,
    );
  const lapse = (now: string, dueAt = RESPONSE_DEADLINE) =>
    cmd<RecordHearingLapse>('RecordHearingLapse', { dueAt }, system, now);

  it('the input deadline passing is recorded with who gave nothing, once', () => {
    const passed: HearingEvent = {
      type: 'InputDeadlinePassed',
      data: { inputDeadline: INPUT_DEADLINE, missing: ['bo', 'carl'] },
    };
    spec.given([opened, annaInput]).when(inputPassed(INPUT_DEADLINE)).then([passed]);
    spec.given([opened, annaInput, passed]).when(inputPassed(INPUT_DEADLINE)).then([]);
  });
  it('nothing when the job fires early or for a deadline that moved', () => {
    spec.given([opened]).when(inputPassed('2026-01-26T10:59:59Z')).then([]);
    spec.given([opened]).when(inputPassed('2026-01-27T00:00:00Z', '2026-01-20T00:00:00Z')).then([]);
  });
  it('the approval deadline passing is recorded with who did not answer', () => {
    spec
      .given([opened, draft1, approvalRequested])
      .when(approvalPassed('2026-01-27T12:00:00Z'))
      .then([
        {
          type: 'ApprovalDeadlinePassed',
          data: { approvalDeadline: APPROVAL_DEADLINE, draftVersion: 1, unanswered: ['anna', 'bo', 'carl'] },
        },
      ]);
    spec
      .given([opened, draft1, approvalRequested, signedOff])
      .when(approvalPassed('2026-01-27T12:00:00Z'))
      .then([]);
  });
  it('the hearing lapses when the response deadline passes without a submission', () => {
    spec
      .given([opened])
      .when(lapse(AFTER_RESPONSE))
      .then([{ type: 'HearingLapsed', data: { responseDeadline: RESPONSE_DEADLINE } }]);
  });
  it('no lapse after submission or declination, before the deadline, or twice', () => {
    spec.given([opened, draft1, signedOff, submitted]).when(lapse(AFTER_RESPONSE)).then([]);
    spec
      .given([opened, { type: 'HearingDeclined', data: { reason: 'x', declinedAt: REMIND_AT } }])
      .when(lapse(AFTER_RESPONSE))
      .then([]);
    spec.given([opened]).when(lapse('2026-01-28T10:59:59Z')).then([]);
    spec
      .given([opened, { type: 'HearingLapsed', data: { responseDeadline: RESPONSE_DEADLINE } }])
      .when(lapse(AFTER_RESPONSE))
      .then([]);
  });
  it('a lapsed hearing takes no more input', () => {
    const state = spec
      .given([opened, { type: 'HearingLapsed', data: { responseDeadline: RESPONSE_DEADLINE } }])
      .state();
    expect(state.exists && state.status).toBe('lapsed');
  });
});

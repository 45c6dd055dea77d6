import type { IssueHearingReminders, RequestHearingApproval } from './hearing.commands';
import type { HearingEvent } from './hearing.events';
import {
  RESPONSE_DEADLINE,
  annaInput,
  approvalRequested,
  cmd,
  council,
  draft1,
  opened,
  secretary,
  spec,
  system,
} from './hearing.fixtures';

/**
 * Issue 21.2: who is asked follows the council of the day, not the one of the day the hearing
 * opened. Seed 001: one seat per appointing organisation, no substitutes, and the members elect
 * the chair; seed 000: Kira stepped down as chair and Ivan was elected at the same meeting.
 */
const dana = { ...council, memberIds: ['anna', 'carl', 'dana'] }; // bo resigned, dana took the seat
const request = (approvalDeadline: string, now: typeof dana) =>
  cmd<RequestHearingApproval>('RequestHearingApproval', { approvalDeadline, council: now }, secretary);

describe('the approval round asks the current members', () => {
  it('not a member who resigned since the hearing opened, and the member appointed to her seat', () => {
    spec
      .given([opened, annaInput, draft1])
      .when(request('2026-01-27T12:00:00Z', dana))
      .then([
        {
          type: 'HearingApprovalRequested',
          data: {
            draftVersion: 1,
            approvalDeadline: '2026-01-27T12:00:00Z',
            requestedFrom: ['anna', 'carl', 'dana'],
          },
        },
      ]);
  });
  it('asking again after the council changed asks the new members too, keeping the answers given', () => {
    const annaApproves: HearingEvent = {
      type: 'HearingApprovalAnswered',
      data: { personId: 'anna', draftVersion: 1, approve: true },
    };
    const again: HearingEvent = {
      type: 'HearingApprovalRequested',
      data: {
        draftVersion: 1,
        approvalDeadline: '2026-01-27T12:00:00Z',
        requestedFrom: ['anna', 'carl', 'dana'],
      },
    };
    spec
      .given([opened, draft1, approvalRequested, annaApproves])
      .when(request('2026-01-27T12:00:00Z', dana))
      .then([again]);
    const state = spec.given([opened, draft1, approvalRequested, annaApproves, again]).state();
    expect(state.exists && state.approval?.answers).toEqual({ anna: { approve: true } });
  });
});

describe('reminders go to the chair in office when they fire', () => {
  const remind = (deadline: 'response' | 'approval', now: typeof council) =>
    cmd<IssueHearingReminders>(
      'IssueHearingReminders',
      {
        deadlineId: `${deadline}-remind-P2D`,
        deadline,
        dueAt: deadline === 'response' ? '2026-01-28T11:00:00.000Z' : '2026-01-27T12:00:00Z',
        remindAt: '2026-01-25T11:00:00.000Z',
        council: now,
      },
      system,
      '2026-01-25T11:00:00.000Z',
    );
  it('not the chair frozen on the hearing (carl), but the one elected since (anna)', () => {
    const annaChairs = { ...council, chairPersonId: 'anna' };
    spec
      .given([opened])
      .when(remind('response', annaChairs))
      .then([
        {
          type: 'RemindersIssued',
          data: {
            deadline: 'response',
            dueAt: RESPONSE_DEADLINE,
            remindAt: '2026-01-25T11:00:00.000Z',
            recipients: ['sofie', 'anna'],
          },
        },
      ]);
    // No chair in office (she stepped down, none elected yet): the secretariat alone.
    const { chairPersonId: _gone, ...noChair } = council;
    spec
      .given([opened])
      .when(remind('response', noChair))
      .then([
        {
          type: 'RemindersIssued',
          data: {
            deadline: 'response',
            dueAt: RESPONSE_DEADLINE,
            remindAt: '2026-01-25T11:00:00.000Z',
            recipients: ['sofie'],
          },
        },
      ]);
  });
  it('approval reminders skip a member who has resigned since she was asked', () => {
    spec
      .given([opened, draft1, approvalRequested])
      .when(remind('approval', dana))
      .then([
        {
          type: 'RemindersIssued',
          data: {
            deadline: 'approval',
            dueAt: '2026-01-27T12:00:00Z',
            remindAt: '2026-01-25T11:00:00.000Z',
            recipients: ['anna', 'carl'],
          },
        },
      ]);
  });
});

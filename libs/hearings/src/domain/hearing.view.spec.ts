import { fold } from '@app/kernel';
import { hearingDescriptor } from './hearing.descriptor';
import { hearingDecider } from './hearing.decider';
import type { HearingEvent } from './hearing.events';
import { hearingView } from './hearing.view';
import { NOW, annaInput, approvalRequested, draft1, opened } from './hearing.fixtures';

const boAtMeeting: HearingEvent = {
  type: 'HearingInputSubmitted',
  data: {
    personId: 'bo',
    text: 'Sagt på mødet',
    givenAt: '2026-01-04T15:00:00+01:00',
    recordedAt: NOW,
    late: false,
    recordedBy: 'sofie',
    meetingId: 'm7',
  },
};
const boObjects: HearingEvent = {
  type: 'HearingApprovalAnswered',
  data: { personId: 'bo', draftVersion: 1, approve: false, comment: 'For vagt' },
};
const history = [opened, annaInput, boAtMeeting, draft1, approvalRequested, boObjects];

describe('hearing view and case kind', () => {
  it('shows each invited member’s input status, who recorded it and when', () => {
    const view = hearingView(fold(hearingDecider, history), 'h1');
    expect('inputs' in view && view.inputs).toEqual([
      {
        personId: 'anna',
        status: 'given',
        text: 'Husk de hjemløse',
        givenAt: NOW,
        recordedAt: NOW,
        recordedBy: 'anna',
        onBehalf: false,
        channel: undefined,
        meetingId: undefined,
        revisions: 0,
        additions: [],
      },
      {
        personId: 'bo',
        status: 'given',
        text: 'Sagt på mødet',
        givenAt: '2026-01-04T15:00:00+01:00',
        recordedAt: NOW,
        recordedBy: 'sofie',
        onBehalf: true,
        channel: undefined,
        meetingId: 'm7',
        revisions: 0,
        additions: [],
      },
      { personId: 'carl', status: 'missing' },
    ]);
    expect('approval' in view && view.approval?.answers).toEqual([
      { personId: 'anna', answer: 'pending' },
      { personId: 'bo', answer: 'objected', comment: 'For vagt' },
      { personId: 'carl', answer: 'pending' },
    ]);
  });
  it('a withdrawn input shows as withdrawn without its text', () => {
    const withdrawn: HearingEvent = {
      type: 'HearingInputWithdrawn',
      data: { personId: 'anna', withdrawnAt: NOW },
    };
    const view = hearingView(fold(hearingDecider, [opened, annaInput, withdrawn]), 'h1');
    expect('inputs' in view && view.inputs?.[0]).toMatchObject({
      personId: 'anna',
      status: 'withdrawn',
      text: undefined,
    });
  });
  it('summarises, links the meeting input came from, and describes events for the history', () => {
    const state = fold(hearingDecider, history);
    expect(hearingDescriptor.summary(state)).toEqual({
      title: opened.data.title,
      status: 'awaiting-approval',
      dates: expect.objectContaining({
        responseDeadline: opened.data.responseDeadline,
        submitted: undefined,
      }),
    });
    expect(hearingDescriptor.links(state)).toEqual([{ relation: 'drawsOn', kind: 'meetings', id: 'm7' }]);
    expect(hearingDescriptor.describe(boAtMeeting)).toBe('recorded input from bo given at meeting m7');
    expect(hearingDescriptor.describe(boObjects)).toBe('bo objected to draft 1: For vagt');
    expect(hearingDescriptor.describe(draft1)).toBe('drafted response version 1 drawing on input from anna');
  });
});

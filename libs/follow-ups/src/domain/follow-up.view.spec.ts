import { fold } from '@app/kernel';
import { followUpDescriptor } from './follow-up.descriptor';
import { followUpDecider } from './follow-up.decider';
import type { FollowUpEvent } from './follow-up.events';
import { iddCreated } from './follow-up.fixtures';
import { followUpView } from './follow-up.view';

const stateOf = (events: FollowUpEvent[]) => fold(followUpDecider, events);

describe('follow-up view and case kind', () => {
  it('shows planned beside actual dates, the status, and what is overdue', () => {
    const s = stateOf([
      iddCreated(),
      { type: 'PhaseStarted', data: { phaseId: 'phase-1', startedOn: '2024-09-02T00:00:00Z' } },
      {
        type: 'MilestoneOverdue',
        data: { deadlineId: 'milestone-m-1', milestoneId: 'm-1', dueAt: '2026-03-01T00:00:00+01:00' },
      },
    ]);
    const view = followUpView(s, 'idd', '2026-03-02T00:00:00Z');
    expect(view.status).toBe('in-progress');
    expect((view.phases as unknown[])[0]).toEqual({
      id: 'phase-1',
      name: 'Fase 1',
      plannedStart: '2024-09-01T00:00:00+02:00',
      plannedEnd: null,
      startedOn: '2024-09-02T00:00:00Z',
      completedOn: null,
    });
    expect((view.milestones as { status: string }[])[0].status).toBe('overdue');
    expect(view.overdue).toEqual([
      { id: 'milestone-m-1', kind: 'milestone', dueAt: '2026-03-01T00:00:00+01:00', milestoneId: 'm-1' },
    ]);
    expect(view.progress.onSchedule).toBe(false);
  });

  it('links the follow-up to what it implements, with the agenda item for a meeting', () => {
    expect(followUpDescriptor.links(stateOf([iddCreated()]))).toEqual([
      { relation: 'implements', kind: 'budget-proposals', id: 'bp-7' },
    ]);
    const created = iddCreated();
    created.data.implements = { kind: 'meeting-item', id: 'meet-1', itemId: 'i2' };
    expect(followUpDescriptor.links(stateOf([created]))).toEqual([
      { relation: 'implements', kind: 'meetings', id: 'meet-1', itemId: 'i2' },
    ]);
  });

  it('summarises and describes for the history', () => {
    const s = stateOf([iddCreated()]);
    expect(followUpDescriptor.summary(s)).toMatchObject({
      title: 'Integreret dobbeltdiagnosebehandling (IDD)',
      status: 'planned',
      dates: { nextDue: '2026-03-01T00:00:00+01:00' },
    });
    expect(
      followUpDescriptor.describe({
        type: 'PlanRevised',
        data: { reason: 'Fase 3 udskudt' },
      } as FollowUpEvent),
    ).toBe('revised the plan: Fase 3 udskudt');
  });
});

import { InvalidInputError, scheduledCommand, SYSTEM_ACTOR } from '@app/kernel';
import { followUpDescriptor } from './follow-up.descriptor';
import { iddCreated } from './follow-up.fixtures';

const metadata = {
  actor: SYSTEM_ACTOR,
  now: '2026-04-22T10:00:00.000Z',
  correlationId: 'j',
  causationId: 'j',
};

describe('followUpDescriptor', () => {
  it('yields its deadlines for the followUp category from the decider’s state', () => {
    const state = followUpDescriptor.decider.evolve(followUpDescriptor.decider.initialState, iddCreated());
    expect(followUpDescriptor.category).toBe('followUp');
    expect(followUpDescriptor.deadlines?.pending(state, 'followUp-idd').map((d) => d.id)).toContain(
      'status-report-1',
    );
  });

  it('takes a fired deadline back as its own command', () => {
    const command = {
      type: 'RecordFollowUpDeadlinePassed',
      data: { deadlineId: 'status-report-1', dueAt: '2026-04-22T10:00:00.000Z' },
      metadata,
    };
    expect(scheduledCommand(followUpDescriptor, command)).toEqual(command);
  });

  it('refuses a command no deadline of this kind sends', () => {
    expect(() => scheduledCommand(followUpDescriptor, { type: 'GiveVerdict', data: {}, metadata })).toThrow(
      InvalidInputError,
    );
  });
});

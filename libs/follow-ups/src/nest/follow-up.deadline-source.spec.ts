import { fold, InvalidInputError, SYSTEM_ACTOR } from '@app/kernel';
import { followUpDecider } from '../domain/follow-up.decider';
import { iddCreated } from '../domain/follow-up.fixtures';
import { followUpDeadlineSource } from './follow-up.deadline-source';
import { FollowUpMessage } from './follow-up.message';

const metadata = {
  actor: SYSTEM_ACTOR,
  now: '2026-04-22T10:00:00.000Z',
  correlationId: 'j',
  causationId: 'j',
};

describe('followUpDeadlineSource', () => {
  it('folds like the decider and yields its deadlines for the followUp category', () => {
    const state = [iddCreated()].reduce(followUpDeadlineSource.evolve, followUpDeadlineSource.initialState);
    expect(state).toEqual(fold(followUpDecider, [iddCreated()]));
    expect(followUpDeadlineSource.category).toBe('followUp');
    expect(followUpDeadlineSource.deadlines(state, 'followUp-idd').map((d) => d.id)).toContain(
      'status-report-1',
    );
  });

  it('carries a fired deadline back as the follow-up bus message', () => {
    const command = {
      type: 'RecordFollowUpDeadlinePassed',
      data: { deadlineId: 'status-report-1', dueAt: '2026-04-22T10:00:00.000Z' },
      metadata,
    };
    const message = followUpDeadlineSource.toMessage('followUp-idd', command);
    expect(message).toBeInstanceOf(FollowUpMessage);
    expect(message).toMatchObject({ streamId: 'followUp-idd', command });
  });

  it('refuses a command no deadline of this kind sends', () => {
    expect(() =>
      followUpDeadlineSource.toMessage('followUp-idd', { type: 'GiveVerdict', data: {}, metadata }),
    ).toThrow(InvalidInputError);
  });
});

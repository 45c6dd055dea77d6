/**
 * Issue 18.3 (seed 003 item 4): Region Hovedstaden's council ("c1" here) becomes part of Region
 * Østdanmark's ("ost"); its open follow-up of the IDD rollout (seed 003) continues there. The
 * follow-up ends in c1 with `CaseCarriedOver`; ost's stream begins with `CaseCarriedIn`.
 */
import { deciderSpec, InvalidStateError, type CarriedFrom, type CommandMetadata } from '@app/kernel';
import type { FollowUpCommand, SubmitStatusReport } from './follow-up.commands';
import { followUpDecider } from './follow-up.decider';
import { followUpDeadlines } from './follow-up.deadlines';
import type { FollowUpCarriedIn, FollowUpEvent } from './follow-up.events';
import { command, iddCreated, meta } from './follow-up.fixtures';
import { followUpView } from './follow-up.view';

const spec = deciderSpec(followUpDecider);
const NOW = '2026-03-02T09:00:00.000Z';
const inCouncil = <C extends FollowUpCommand>(
  type: C['type'],
  data: C['data'],
  extra: Partial<CommandMetadata>,
) => ({ type, data, metadata: meta(NOW, extra) }) as C;
const over = command<FollowUpCommand>('CarryCaseOver', { successorId: 'ost' }, NOW);
const carriedOver: FollowUpEvent = { type: 'CaseCarriedOver', data: { successorId: 'ost' } };
const from: CarriedFrom = { councilId: 'c1', streamId: 'followUp-c1~idd', revision: 0 };
const history = [iddCreated()].map((e) => ({
  id: 'e0',
  position: 4,
  type: e.type,
  data: e.data,
  actor: { personId: 'sec-1', role: 'secretary' as const },
  recordedAt: '2026-01-22T10:00:00.000Z',
}));
const carryIn = inCouncil<FollowUpCommand>('CarryCaseIn', { from, history }, { councilId: 'ost' });
const carriedIn: FollowUpCarriedIn = {
  type: 'CaseCarriedIn',
  data: { councilId: 'ost', from, history, arrival: {} },
};
const report = (councilId: string) =>
  inCouncil<SubmitStatusReport>(
    'SubmitStatusReport',
    { reportId: 'r1', summary: 'Fase 1 i gang' },
    { councilId },
  );

describe('carrying a follow-up over to its successor (issue 18.3)', () => {
  it('the predecessor records that it was carried over, once', () => {
    spec.given([iddCreated()]).when(over).then([carriedOver]);
    spec.given([iddCreated(), carriedOver]).when(over).then([]);
  });
  it('the predecessor refuses a follow-up that ended with its verdict', () => {
    const ended: FollowUpEvent = {
      type: 'VerdictGiven',
      data: { verdict: 'discontinue', reason: 'Stoppet', givenOn: '2026-02-01T00:00:00.000Z' },
    };
    spec
      .given([iddCreated(), ended])
      .when(over)
      .thenThrows(InvalidStateError, /verdict/);
  });
  it('the predecessor takes no new report once carried over, and schedules nothing', () => {
    spec
      .given([iddCreated(), carriedOver])
      .when(report('c1'))
      .thenThrows(InvalidStateError, /council ost/);
    expect(followUpDeadlines(spec.given([iddCreated(), carriedOver]).state(), 'followUp-c1~idd')).toEqual([]);
  });
  it('the successor begins the follow-up with its history and the link back', () => {
    spec.given([]).when(carryIn).then([carriedIn]);
    spec.given([carriedIn]).when(carryIn).then([]);
    const state = spec.given([carriedIn]).state();
    expect(state.councilId).toBe('ost');
    expect(followUpView(state, 'idd', NOW)).toMatchObject({
      title: iddCreated().data.title,
      carriedFrom: from,
    });
    expect(followUpDeadlines(state, 'followUp-ost~idd')).toEqual(
      followUpDeadlines(spec.given([iddCreated()]).state(), 'followUp-ost~idd'),
    );
  });
  it('the successor takes a status report on the carried follow-up', () => {
    spec
      .given([carriedIn])
      .when(report('ost'))
      .then([
        {
          type: 'StatusReportSubmitted',
          data: { reportId: 'r1', summary: 'Fase 1 i gang', asOf: NOW, values: [], submittedAt: NOW },
        },
      ]);
  });
});

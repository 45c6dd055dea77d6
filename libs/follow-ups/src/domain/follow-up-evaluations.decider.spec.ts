/**
 * Issue 18.6: a follow-up takes several dated evaluations, midway, final and extra, each with its
 * verdict (seed 003 has a follow-up evaluated midway and at the end of its rollout).
 */
import { deciderSpec, InvalidInputError, InvalidStateError } from '@app/kernel';
import type { RecordEvaluation } from './follow-up.commands';
import { followUpDecider } from './follow-up.decider';
import type { FollowUpEvent } from './follow-up.events';
import { command, iddCreated } from './follow-up.fixtures';
import type { EvaluationRecorded } from './follow-up.events';
import { followUpView } from './follow-up.view';

const spec = deciderSpec(followUpDecider);
const NOW = '2027-02-01T09:00:00.000Z';
const evaluate = (data: RecordEvaluation['data']) => command<RecordEvaluation>('RecordEvaluation', data, NOW);
const recorded = (data: object): FollowUpEvent =>
  ({ type: 'EvaluationRecorded', data: { recordedAt: NOW, ...data } }) as FollowUpEvent;
const midway = recorded({
  summary: 'Halvvejs: færre udeblivelser',
  evaluatedOn: '2026-06-30T00:00:00+02:00',
  kind: 'midway',
  verdict: 'adjust',
});

describe('several dated evaluations of a follow-up (issue 18.6)', () => {
  it('records a midway evaluation with its verdict, then an extra and a final one', () => {
    spec
      .given([iddCreated()])
      .when(
        evaluate({
          summary: 'Halvvejs: færre udeblivelser',
          evaluatedOn: '2026-06-30T00:00:00+02:00',
          kind: 'midway',
          verdict: 'adjust',
        }),
      )
      .then([midway]);
    const final = {
      summary: 'Slut',
      evaluatedOn: '2027-01-15T00:00:00+01:00',
      kind: 'final' as const,
      verdict: 'continue' as const,
    };
    spec
      .given([iddCreated(), midway])
      .when(evaluate(final))
      .then([recorded(final)]);
    const state = spec.given([iddCreated(), midway, recorded(final)]).state();
    const view = followUpView(state, 'idd', NOW) as unknown as {
      evaluations: EvaluationRecorded['data'][];
      evaluation: EvaluationRecorded['data'] | null;
    };
    expect(view.evaluations.map((e) => [e.kind, e.verdict])).toEqual([
      ['midway', 'adjust'],
      ['final', 'continue'],
    ]);
    // The first evaluation still answers the evaluation that was due.
    expect(view.evaluation?.kind).toBe('midway');
  });
  it('a repeat is a retry; a second final evaluation, or one dated before the last, is refused', () => {
    spec
      .given([iddCreated(), midway])
      .when(evaluate({ summary: 'Halvvejs: færre udeblivelser', kind: 'midway', verdict: 'adjust' }))
      .then([]);
    const final = recorded({ summary: 'Slut', evaluatedOn: '2027-01-15T00:00:00+01:00', kind: 'final' });
    spec
      .given([iddCreated(), midway, final])
      .when(evaluate({ summary: 'Slut igen', kind: 'final' }))
      .thenThrows(InvalidStateError, 'the final evaluation is already recorded');
    spec
      .given([iddCreated(), midway])
      .when(evaluate({ summary: 'Ekstra', kind: 'extra', evaluatedOn: '2026-05-01T00:00:00+02:00' }))
      .thenThrows(InvalidInputError, /evaluatedOn must not be before the last evaluation/);
  });
  it('without a kind, one evaluation as before: another is refused, naming the way to add one', () => {
    spec
      .given([iddCreated(), midway])
      .when(evaluate({ summary: 'Uden art' }))
      .thenThrows(InvalidStateError, /give a kind/);
  });
});

import type { Command } from '../commands/command-metadata';
import { InvalidStateError } from '../errors/domain-errors';
import type { Decider } from './decider';
import { deciderSpec } from './decider-spec';

// A tiny counter decider, only to prove the helper's own behaviour both ways.
type Inc = Command<'Increment', { by: number }>;
type Incremented = { type: 'Incremented'; data: { by: number } };
const counter: Decider<Inc, Incremented, number> = {
  initialState: 0,
  evolve: (n, e) => n + e.data.by,
  decide: (c, n) => {
    if (n + c.data.by > 3) throw new InvalidStateError('limit is 3');
    return [{ type: 'Incremented', data: { by: c.data.by } }];
  },
};
const meta = {
  actor: { personId: 'p', role: 'secretary' as const },
  now: '2026-01-01T00:00:00Z',
  correlationId: 'c',
  causationId: 'c',
};
const inc = (by: number): Inc => ({ type: 'Increment', data: { by }, metadata: meta });
const spec = deciderSpec(counter);

describe('deciderSpec', () => {
  it('given/when/then passes on the decided events', () => {
    spec
      .given([{ type: 'Incremented', data: { by: 1 } }])
      .when(inc(2))
      .then([{ type: 'Incremented', data: { by: 2 } }]);
  });
  it('fails when the events differ', () => {
    expect(() => spec.given([]).when(inc(1)).then([])).toThrow();
  });
  it('thenThrows passes on the expected refusal and fails on acceptance', () => {
    spec
      .given([{ type: 'Incremented', data: { by: 3 } }])
      .when(inc(1))
      .thenThrows(InvalidStateError, /limit/);
    expect(() => spec.given([]).when(inc(1)).thenThrows(InvalidStateError)).toThrow(/accepted/);
  });
  it('folds the state', () => {
    expect(spec.given([{ type: 'Incremented', data: { by: 2 } }]).state()).toBe(2);
  });
});

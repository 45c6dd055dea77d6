/** Issue 18.4, seed 004: a follow-up names the areas or municipalities it concerns, each once. */
import { deciderSpec, InvalidInputError } from '@app/kernel';
import { followUpDecider } from './follow-up.decider';
import type { FollowUpEvent } from './follow-up.events';
import { CREATED_AT, createIdd, iddCreated } from './follow-up.fixtures';
import { followUpView } from './follow-up.view';

const spec = deciderSpec(followUpDecider);
const withAreas = (areas: string[]): FollowUpEvent => {
  const created = iddCreated();
  return { ...created, data: { ...created.data, areas } };
};

describe('follow-up areas', () => {
  it('is created with the areas it names, trimmed and each once', () => {
    spec
      .given([])
      .when(createIdd({ areas: ['indre by ', 'Københavns Kommune', ' indre by'] }))
      .then([withAreas(['indre by', 'Københavns Kommune'])]);
  });

  it('records no areas when none are named (the event as before)', () => {
    spec
      .given([])
      .when(createIdd({ areas: [] }))
      .then([iddCreated()]);
  });

  it('refuses a blank area, naming it', () => {
    spec
      .given([])
      .when(createIdd({ areas: ['indre by', ''] }))
      .thenThrows(InvalidInputError, /areas\[1\]/);
  });

  it('a retry with the same areas changes nothing; other areas are other content', () => {
    spec
      .given([withAreas(['indre by'])])
      .when(createIdd({ areas: ['indre by'] }))
      .then([]);
    expect(() =>
      followUpDecider.decide(createIdd({ areas: ['Amager'] }), spec.given([withAreas(['indre by'])]).state()),
    ).toThrow(/other content/);
  });

  it('shows its areas in the view', () => {
    const view = followUpView(
      spec.given([withAreas(['indre by'])]).state(),
      'idd',
      CREATED_AT,
    ) as unknown as {
      areas: string[];
    };
    expect(view.areas).toEqual(['indre by']);
  });
});

import { NotFoundError } from '../errors/domain-errors';
import { requireOwnCouncil } from './own-council';

describe('requireOwnCouncil', () => {
  it("answers another council's stream as not found", () => {
    const refuse = () => requireOwnCouncil('c1', 'c2', 'no such hearing');
    expect(refuse).toThrow(NotFoundError);
    expect(refuse).toThrow('no such hearing');
  });

  it.each([
    ['the same council', 'c1', 'c1'],
    ['a caller without a council', 'c1', undefined],
    ['a stream without a council', undefined, 'c1'],
  ])('lets %s through', (_, owner, caller) => {
    expect(() => requireOwnCouncil(owner, caller, 'no such hearing')).not.toThrow();
  });
});

import { InvalidInputError } from '../errors/domain-errors';
import { requireText, requireTime } from './required-input';

describe('required input', () => {
  it('keeps a text as given, and refuses a missing or blank one naming the field', () => {
    expect(requireText(' Fase 2 ', 'name')).toBe(' Fase 2 ');
    for (const blank of [undefined, '', '  ']) {
      expect(() => requireText(blank, 'name')).toThrow(
        new InvalidInputError('name must not be empty', 'name'),
      );
    }
  });

  it('keeps a time as given, and refuses one that is missing or no time', () => {
    expect(requireTime('2026-03-01T00:00:00+01:00', 'due')).toBe('2026-03-01T00:00:00+01:00');
    expect(() => requireTime(undefined, 'due')).toThrow(InvalidInputError);
    expect(() => requireTime('next Tuesday', 'due')).toThrow('due must be an ISO 8601 time');
  });
});

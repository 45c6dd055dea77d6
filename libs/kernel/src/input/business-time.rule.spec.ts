import { InvalidInputError } from '../errors/domain-errors';
import { recordedLater, requireBusinessTime, withBusinessDate } from './business-time.rule';

const NOW = '2026-12-06T09:00:00Z';

describe('business time (occurredAt)', () => {
  it('takes a past time or now, entered with any offset', () => {
    expect(requireBusinessTime('2022-01-20T14:00:00+01:00', NOW)).toBe('2022-01-20T14:00:00+01:00');
    expect(requireBusinessTime(NOW, NOW)).toBe(NOW);
    // 10:30 in Copenhagen in winter is 09:30Z: half an hour from now.
    expect(() => requireBusinessTime('2026-12-06T10:30:00+01:00', NOW)).toThrow(InvalidInputError);
  });

  it('refuses the future, saying so', () => {
    expect(() => requireBusinessTime('2026-12-07T09:00:00Z', NOW)).toThrow(
      /occurredAt must not be in the future/,
    );
  });

  it('refuses a time before the case or council began, naming which', () => {
    const began = { at: '2020-03-01T10:00:00+01:00', what: 'the council' };
    expect(() => requireBusinessTime('2020-02-28T10:00:00+01:00', NOW, began)).toThrow(
      'occurredAt must not be before the council began (2020-03-01T10:00:00+01:00)',
    );
    expect(requireBusinessTime('2020-03-01T10:00:00+01:00', NOW, began)).toBe('2020-03-01T10:00:00+01:00');
  });

  it('refuses what is not an instant with an offset', () => {
    expect(() => requireBusinessTime('2022-01-20', NOW)).toThrow(/occurredAt must be an RFC 3339 time/);
    expect(() => requireBusinessTime('2022-01-20T14:00:00', NOW)).toThrow(InvalidInputError);
  });

  it('calls an event recorded more than a day after it happened recorded later', () => {
    expect(recordedLater('2026-12-05T08:59:59Z', NOW)).toBe(true);
    expect(recordedLater('2026-12-05T09:00:00Z', NOW)).toBe(false);
    expect(recordedLater(undefined, NOW)).toBe(false);
  });

  it('lifts a command’s own past date into its business time, and leaves the rest alone', () => {
    const command = { type: 'SubmitBudgetProposal', metadata: { now: NOW } };
    expect(withBusinessDate(command, '2022-03-20T10:00:00+01:00').metadata).toEqual({
      now: NOW,
      occurredAt: '2022-03-20T10:00:00+01:00',
    });
    expect(withBusinessDate(command, undefined)).toBe(command);
    expect(withBusinessDate(command, '2027-01-01T00:00:00Z')).toBe(command); // the decider refuses it
    const given = { ...command, metadata: { now: NOW, occurredAt: '2022-03-21T10:00:00+01:00' } };
    expect(withBusinessDate(given, '2022-03-20T10:00:00+01:00')).toBe(given);
  });
});

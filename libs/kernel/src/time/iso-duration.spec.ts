import { InvalidInputError } from '../errors/domain-errors';
import { durationToMs, isIsoDuration, shiftByDuration } from './iso-duration';

describe('ISO 8601 durations', () => {
  it('accepts the offsets councils use and refuses the rest', () => {
    expect(['P7D', 'P2D', 'P3M', 'PT2S', 'P1Y2M3DT4H5M6S', 'P1W'].every(isIsoDuration)).toBe(true);
    expect(['', 'P', '7D', 'PT', 'P-1D', 'P1DT'].some(isIsoDuration)).toBe(false);
  });
  it('moves a deadline back by days and forward by calendar months', () => {
    expect(shiftByDuration('2022-01-28T12:00:00Z', 'P7D', -1).toISOString()).toBe('2022-01-21T12:00:00.000Z');
    expect(shiftByDuration('2026-01-31T00:00:00Z', 'P3M').toISOString()).toBe('2026-05-01T00:00:00.000Z');
    expect(durationToMs('PT1.5S')).toBe(1500);
  });
  it('names the field of a bad duration', () => {
    expect(() => shiftByDuration('2022-01-01T00:00:00Z', 'soon')).toThrow(InvalidInputError);
  });
});

import { InvalidInputError } from '@app/kernel';
import { reportPeriod } from './report-period';

const council = { timeZone: 'Europe/Copenhagen', beganAt: '2020-03-01T09:00:00.000Z' };
const NOW = new Date('2026-12-06T09:00:00Z');
const iso = (p: { from: number; to: number }) => [
  new Date(p.from).toISOString(),
  new Date(p.to).toISOString(),
];

describe('the period a person asks for', () => {
  it('reads plain dates in the council’s time zone, the last day included', () => {
    expect(iso(reportPeriod({ from: '2026-01-01', to: '2026-12-31' }, council, NOW))).toEqual([
      '2025-12-31T23:00:00.000Z',
      '2026-12-31T23:00:00.000Z',
    ]);
    // Summer time: Copenhagen is two hours ahead.
    expect(iso(reportPeriod({ from: '2025-08-19', to: '2025-08-19' }, council, NOW))).toEqual([
      '2025-08-18T22:00:00.000Z',
      '2025-08-19T22:00:00.000Z',
    ]);
  });

  it('takes instants as given, the end excluded', () => {
    expect(
      iso(reportPeriod({ from: '2026-01-01T00:00:00Z', to: '2026-07-01T00:00:00+02:00' }, council, NOW)),
    ).toEqual(['2026-01-01T00:00:00.000Z', '2026-06-30T22:00:00.000Z']);
  });

  it('without a period covers all the council’s time, from when it began to now', () => {
    expect(iso(reportPeriod({}, council, NOW))).toEqual([council.beganAt, NOW.toISOString()]);
    expect(iso(reportPeriod({ from: '2026-01-01' }, council, NOW))).toEqual([
      '2025-12-31T23:00:00.000Z',
      NOW.toISOString(),
    ]);
  });

  it('without a period covers the current term where one is set, its last day included', () => {
    const term = { startsOn: '2024-01-01', endsOn: '2025-12-31' };
    expect(iso(reportPeriod({}, { ...council, term }, NOW))).toEqual([
      '2023-12-31T23:00:00.000Z',
      '2025-12-31T23:00:00.000Z',
    ]);
  });

  it('refuses an end before the start (400)', () => {
    expect(() => reportPeriod({ from: '2026-12-31', to: '2026-01-01' }, council, NOW)).toThrow(
      InvalidInputError,
    );
  });
});

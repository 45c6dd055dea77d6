import fc from 'fast-check';
import { isDanishHoliday } from './danish-holidays';
import { localDate, workingDaysBefore } from './working-days';

describe('workingDaysBefore', () => {
  it('steps back over a weekend: Monday 12:00 in Copenhagen -> Thursday 12:00', () => {
    // 2022-01-31 is a Monday; 12:00 local is 11:00Z in winter.
    expect(workingDaysBefore('2022-01-31T11:00:00Z', 2, 'Europe/Copenhagen')).toBe(
      '2022-01-27T11:00:00.000Z',
    );
  });
  it('seed 000: a Friday 28 January deadline -> Wednesday 26 January', () => {
    expect(workingDaysBefore('2022-01-28T23:59:00+01:00', 2, 'Europe/Copenhagen')).toBe(
      '2022-01-26T22:59:00.000Z',
    );
  });
  it('uses the council calendar: late Monday evening UTC is already Tuesday in Copenhagen', () => {
    // 23:30Z Monday is 00:30 Tuesday in Copenhagen: Tuesday -> Monday (1) -> Friday (2).
    const result = workingDaysBefore('2022-01-31T23:30:00Z', 2, 'Europe/Copenhagen');
    expect(localDate(result, 'Europe/Copenhagen')).toBe('2022-01-28');
    expect(result).toBe('2022-01-27T23:30:00.000Z');
  });
  it('keeps the local time of day across a DST change', () => {
    // Tuesday 29 March 2022 09:00 CEST (07:00Z) -> Friday 25 March 09:00 CET (08:00Z).
    expect(workingDaysBefore('2022-03-29T07:00:00Z', 2, 'Europe/Copenhagen')).toBe(
      '2022-03-25T08:00:00.000Z',
    );
  });
  it('skips Easter: a deadline on Tuesday after Easter 2026 gives Wednesday before it', () => {
    // Easter Monday 6 April, Easter Sunday, Saturday, Good Friday 3 April, Maundy Thursday 2 April.
    expect(
      localDate(workingDaysBefore('2026-04-07T10:00:00Z', 2, 'Europe/Copenhagen'), 'Europe/Copenhagen'),
    ).toBe('2026-03-31');
  });
  it('a Sunday deadline counts Friday as the first working day', () => {
    expect(workingDaysBefore('2022-01-30T12:00:00Z', 2, 'UTC')).toBe('2022-01-27T12:00:00.000Z');
  });
});

describe('workingDaysBefore (property)', () => {
  const zones = ['Europe/Copenhagen', 'UTC', 'America/New_York', 'Pacific/Auckland'];
  const parts = (iso: string, zone: string) => {
    const all = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    }).formatToParts(new Date(iso));
    const get = (type: string) => all.find((p) => p.type === type)?.value;
    return { weekday: get('weekday'), time: `${get('hour')}:${get('minute')}`, offset: get('timeZoneName') };
  };

  it('lands on a working day two to ten days earlier (holidays lengthen the step), at the same local time unless DST intervenes', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2040-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...zones),
        (date, zone) => {
          const at = date.toISOString();
          const result = workingDaysBefore(at, 2, zone);
          const before = parts(at, zone);
          const after = parts(result, zone);
          const days = (Date.parse(localDate(at, zone)) - Date.parse(localDate(result, zone))) / 86_400_000;
          // A wall time that does not exist on the target day (a DST gap) may shift, never otherwise.
          const timeKept = after.time === before.time || after.offset !== before.offset;
          const [y, m, d] = localDate(result, zone).split('-').map(Number);
          const workingDay = !['Sat', 'Sun'].includes(after.weekday!) && !isDanishHoliday(y, m, d);
          return workingDay && days >= 2 && days <= 10 && timeKept;
        },
      ),
      { numRuns: 500 },
    );
  });
});

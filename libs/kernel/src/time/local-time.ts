/**
 * Wall-clock time in a council's time zone. A council's "28 January" or "the year 2026" is local:
 * these turn an instant into the local calendar and back, across DST changes.
 */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export function localTime(instant: Date, timeZone: string): LocalTime {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
    millisecond: instant.getUTCMilliseconds(),
  };
}

function asUtcMs(t: LocalTime): number {
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second, t.millisecond);
}

/** The instant at which the wall clock in `timeZone` shows `t` (the later one in a DST gap). */
export function fromLocalTime(t: LocalTime, timeZone: string): Date {
  const wall = asUtcMs(t);
  let guess = wall;
  for (let i = 0; i < 3; i++) {
    const offset = asUtcMs(localTime(new Date(guess), timeZone)) - guess;
    const next = wall - offset;
    if (next === guess) break;
    guess = next;
  }
  return new Date(guess);
}

/** The instant a plain date (`2026-01-01`) begins in `timeZone`; `days` moves it by whole local days. */
export function startOfLocalDay(date: string, timeZone: string, days = 0): Date {
  const [year, month, day] = date.split('-').map(Number);
  const noon = new Date(Date.UTC(year, month - 1, day + days, 12));
  return fromLocalTime(
    {
      year: noon.getUTCFullYear(),
      month: noon.getUTCMonth() + 1,
      day: noon.getUTCDate(),
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 0,
    },
    timeZone,
  );
}

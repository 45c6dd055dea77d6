import { InvalidInputError, isPlainDate, startOfLocalDay } from '@app/kernel';
import type { Period } from './report-event';

/** What a period is read against: the council's calendar and when it began. */
export interface CouncilCalendar {
  timeZone: string;
  /** Business time the council began (its creation's `occurredAt`, else when it was created). */
  beganAt: string;
}

/**
 * The period a person asked for. A plain date is a day of the council's calendar: `from` its
 * first instant, `to` included whole (2026-01-01 to 2026-12-31 is the year 2026, in Copenhagen
 * time). An instant is taken as given (`to` exclusive). Omitted, `from` is when the council began
 * and `to` is now: all the council's time.
 */
export function reportPeriod(
  query: { from?: string; to?: string },
  council: CouncilCalendar,
  now: Date,
): Period {
  const from =
    query.from === undefined
      ? Date.parse(council.beganAt)
      : isPlainDate(query.from)
        ? startOfLocalDay(query.from, council.timeZone).getTime()
        : Date.parse(query.from);
  const to =
    query.to === undefined
      ? now.getTime()
      : isPlainDate(query.to)
        ? startOfLocalDay(query.to, council.timeZone, 1).getTime()
        : Date.parse(query.to);
  if (!(from < to)) throw new InvalidInputError('from must be before to', 'from');
  return { from, to };
}

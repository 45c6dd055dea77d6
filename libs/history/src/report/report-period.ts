import { InvalidInputError, isPlainDate, startOfLocalDay } from '@app/kernel';
import type { Period } from './report-event';

/** What a period is read against: the council's calendar and when it began. */
export interface CouncilCalendar {
  timeZone: string;
  /** Business time the council began (its creation's `occurredAt`, else when it was created). */
  beganAt: string;
  /** The current term (seed 001), dates of the council's calendar, if one was set. */
  term?: { startsOn: string; endsOn: string };
}

/**
 * The period a person asked for. A plain date is a day of the council's calendar: `from` its
 * first instant, `to` included whole (2026-01-01 to 2026-12-31 is the year 2026, in Copenhagen
 * time). An instant is taken as given (`to` exclusive). With no period at all, the council's
 * current term, whole days; with no term, all the council's time. One end omitted: `from` is when
 * the council began, `to` is now.
 */
export function reportPeriod(
  query: { from?: string; to?: string },
  council: CouncilCalendar,
  now: Date,
): Period {
  if (query.from === undefined && query.to === undefined && council.term)
    return reportPeriod({ from: council.term.startsOn, to: council.term.endsOn }, council, now);
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

import { InvalidInputError, type EventMetadata } from '@app/kernel';

/** Which clock "as of" reads: when the event was written down, or when the thing happened. */
export type TimeAxis = 'recorded' | 'occurred';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * An instant from a query string. Conventions: every time carries an offset, because a council's
 * "28 January" is local and a bare time would be read in the server's zone.
 */
export function parseInstant(value: unknown, field: string): number {
  if (typeof value !== 'string' || !ISO_WITH_OFFSET.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidInputError(
      `${field} must be an ISO 8601 time with an offset, e.g. 2026-01-28T12:00:00Z`,
      field,
    );
  }
  return Date.parse(value);
}

export function parseTimeAxis(value: unknown): TimeAxis {
  if (value === undefined || value === '' || value === 'recorded') return 'recorded';
  if (value === 'occurred') return 'occurred';
  throw new InvalidInputError('time must be "recorded" or "occurred"', 'time');
}

/** Business time where it was given, else the time it was recorded (docs/architecture.md, metadata). */
export function instantOf(metadata: EventMetadata, axis: TimeAxis, fallback?: string): number {
  const recorded = metadata.recordedAt ?? fallback;
  const chosen = axis === 'occurred' ? (metadata.occurredAt ?? recorded) : recorded;
  return Date.parse(chosen ?? '');
}

/** A moment to read the record at, as the query gave it (validated), or none. */
export interface AsOf {
  /** Epoch milliseconds. */
  at: number;
  time: TimeAxis;
}

/** `?asOf=&time=` of any history route: absent is "now"; anything unreadable is a 400. */
export function parseAsOf(query: { asOf?: unknown; time?: unknown }): AsOf | undefined {
  if (query.asOf === undefined) {
    if (query.time !== undefined) parseTimeAxis(query.time);
    return undefined;
  }
  return { at: parseInstant(query.asOf, 'asOf'), time: parseTimeAxis(query.time) };
}

/** The events of a stream as they stood at the moment: the prefix recorded (or happened) by then. */
export function eventsAsOf<E extends { metadata: EventMetadata; recordedAt: string }>(
  events: readonly E[],
  asOf: AsOf | undefined,
): E[] {
  if (!asOf) return [...events];
  return events.filter((e) => instantOf(e.metadata, asOf.time, e.recordedAt) <= asOf.at);
}

/**
 * What an as-of answer carries so an evaluator can cite it (issue 22): the moment, normalised,
 * and the axis it was read on. The revision or position shown goes beside it.
 */
export function citation(asOf: AsOf): { asOf: string; time: TimeAxis } {
  return { asOf: new Date(asOf.at).toISOString(), time: asOf.time };
}

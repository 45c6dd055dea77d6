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

/** Business time where it was given, else the time it was recorded (DESIGN.md, metadata). */
export function instantOf(metadata: EventMetadata, axis: TimeAxis, fallback?: string): number {
  const recorded = metadata.recordedAt ?? fallback;
  const chosen = axis === 'occurred' ? (metadata.occurredAt ?? recorded) : recorded;
  return Date.parse(chosen ?? '');
}

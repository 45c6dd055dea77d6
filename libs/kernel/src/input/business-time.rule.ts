import { InvalidInputError } from '../errors/domain-errors';
import { isInstant, requireInstant } from './instant.rule';

/**
 * Business time (`occurredAt`): when the thing happened, as opposed to when it was written down.
 * It may be now or in the past, never in the future (a meeting not yet held has no minutes), and
 * never before what it belongs to began: a decision cannot predate its case, nor a case its council.
 */
export interface Beginning {
  /** Business time at which the case or council began. */
  at: string;
  what: string;
}

export function requireBusinessTime(occurredAt: unknown, now: string, began?: Beginning): string {
  const at = requireInstant(occurredAt, 'occurredAt');
  if (Date.parse(at) > Date.parse(now))
    throw new InvalidInputError(`occurredAt must not be in the future (it is now ${now})`, 'occurredAt');
  if (began && Date.parse(at) < Date.parse(began.at))
    throw new InvalidInputError(
      `occurredAt must not be before ${began.what} began (${began.at})`,
      'occurredAt',
    );
  return at;
}

/** An event written down more than a day after it happened is shown as recorded later. */
export const RECORDED_LATER_AFTER_MS = 24 * 60 * 60 * 1000;

export function recordedLater(occurredAt: string | undefined, recordedAt: string | undefined): boolean {
  if (occurredAt === undefined || recordedAt === undefined) return false;
  return Date.parse(recordedAt) - Date.parse(occurredAt) > RECORDED_LATER_AFTER_MS;
}

/**
 * A command whose data carries its own business date (a budget step's `at`, a follow-up's `on`)
 * gets it as its business time too, so the timeline, the as-of view and the report place the
 * event when it happened. A date in the future is left to the decider, which refuses it.
 */
export function withBusinessDate<C extends { metadata: { now: string; occurredAt?: string } }>(
  command: C,
  date: unknown,
): C {
  if (command.metadata.occurredAt !== undefined || !isInstant(date)) return command;
  if (Date.parse(date) > Date.parse(command.metadata.now)) return command;
  return { ...command, metadata: { ...command.metadata, occurredAt: date } };
}

import {
  ConcurrencyError,
  InvalidInputError,
  requireDurations,
  requireInstant,
  requireText,
} from '@app/kernel';
import { isDeepStrictEqual } from 'node:util';
import type { ExtendHearingDeadline, OpenHearing } from './hearing.commands';
import {
  HEARING_ORIGINS,
  type HearingDeadlineExtended,
  type HearingOpened,
  type HearingOrigin,
} from './hearing.events';
import { ms, requireHearing, requireNotClosed, requireRole, unique } from './hearing.rules';
import { DEFAULT_INPUT_WORKING_DAYS, type HearingState } from './hearing.state';
import { workingDaysBefore } from './working-days';

/**
 * Two working days before the response deadline on the council's calendar (issue 4). A hearing
 * that arrives late (deadline within two working days) still collects input until the response is
 * due, rather than having an input deadline already gone. `from` is now, or for a hearing entered
 * after its deadline had passed, when it was received: the rule as it applied then.
 */
function computedInputDeadline(responseDeadline: string, timeZone: string, from: string): string {
  const computed = workingDaysBefore(responseDeadline, DEFAULT_INPUT_WORKING_DAYS, timeZone);
  return ms(computed) > ms(from) ? computed : responseDeadline;
}

/**
 * Issue 18.1: when the hearing was received is its business time (the handler makes a past
 * `receivedAt` the event's `occurredAt`); without one, an `occurredAt` in the metadata, else now.
 * A hearing cannot have been received in the future.
 */
function receivedAtOf(command: OpenHearing): string {
  const { now, occurredAt } = command.metadata;
  const field = command.data.receivedAt !== undefined ? 'receivedAt' : 'occurredAt';
  const given = command.data.receivedAt ?? occurredAt;
  if (given === undefined) return now;
  const receivedAt = requireInstant(given, field);
  if (ms(receivedAt) > ms(now))
    throw new InvalidInputError(`${field} must not be in the future (it is now ${now})`, field);
  return receivedAt;
}

/**
 * Issue 18.4: how the matter came to the council (given only when the caller said; absent, a
 * formal hearing), to whom a statement on its own initiative goes, and the areas it concerns.
 */
function originOf(data: OpenHearing['data']): {
  origin?: HearingOrigin;
  recipient?: string;
  areas?: string[];
} {
  const { origin, recipient, areas } = data;
  if (origin !== undefined && !HEARING_ORIGINS.includes(origin))
    throw new InvalidInputError(`origin must be one of ${HEARING_ORIGINS.join(', ')}`, 'origin');
  if (origin === 'own-initiative' && recipient === undefined)
    throw new InvalidInputError(
      'a statement on the council’s own initiative needs its recipient',
      'recipient',
    );
  if (origin !== 'own-initiative' && recipient !== undefined)
    throw new InvalidInputError('recipient is for a statement on the council’s own initiative', 'recipient');
  const tags =
    areas === undefined ? undefined : unique(areas.map((a, i) => requireText(a, `areas.${i}`, 200)));
  return {
    ...(origin !== undefined && { origin }),
    ...(recipient !== undefined && { recipient: requireText(recipient, 'recipient', 200) }),
    ...(tags !== undefined && tags.length > 0 && { areas: tags }),
  };
}

/**
 * A hearing, an early involvement and a committee's invitation answer to someone else's deadline.
 * A statement on the council's own initiative has none unless the secretary sets one (issue 18.4),
 * and with none there is no input deadline either unless she gives that.
 */
function responseDeadlineOf(data: OpenHearing['data']): string | undefined {
  if (data.responseDeadline === undefined && data.origin === 'own-initiative') return undefined;
  if (data.responseDeadline === undefined)
    throw new InvalidInputError(
      'responseDeadline is required unless the origin is own-initiative',
      'responseDeadline',
    );
  return requireInstant(data.responseDeadline, 'responseDeadline');
}

export function decideOpen(command: OpenHearing, state: HearingState): HearingOpened[] {
  requireRole(command.metadata.actor, ['secretary'], 'open a hearing');
  const { data } = command;
  const now = command.metadata.now;
  const council = data.council;
  if (!council) throw new Error('OpenHearing needs the council loaded by its handler');
  const responseDeadline = responseDeadlineOf(data);
  const receivedAt = receivedAtOf(command);
  // Issue 18.1: a hearing received in the past (last year's, typed in today) had its deadlines
  // then; they are checked against its receipt, not against now, and may have passed already.
  const receivedBefore = ms(receivedAt) < ms(now);
  const reminderOffsets = requireDurations(
    data.reminderOffsets ?? council.reminderOffsets,
    'reminderOffsets',
  );
  const invited = unique(data.invited ?? council.memberIds);
  const strangers = invited.filter((id) => !council.memberIds.includes(id));
  if (strangers.length > 0)
    throw new InvalidInputError(`invited are not current members: ${strangers.join(', ')}`, 'invited');
  const material = data.material ?? [];
  for (const m of material) {
    requireText(m.title, 'material');
    requireText(m.url, 'material');
  }
  const inputDeadline =
    data.inputDeadline ??
    (responseDeadline === undefined
      ? undefined
      : computedInputDeadline(
          responseDeadline,
          council.timeZone,
          receivedBefore && ms(responseDeadline) <= ms(now) ? receivedAt : now,
        ));
  if (inputDeadline !== undefined) requireInstant(inputDeadline, 'inputDeadline');
  const origin = originOf(data);
  const passedAtEntry = [responseDeadline, inputDeadline].some((d) => d !== undefined && ms(d) <= ms(now));
  const event: HearingOpened = {
    type: 'HearingOpened',
    data: {
      hearingId: data.hearingId,
      ...(command.metadata.councilId !== undefined && { councilId: command.metadata.councilId }),
      title: requireText(data.title, 'title'),
      issuingBody: requireText(data.issuingBody, 'issuingBody'),
      material: material.map((m) => ({ title: m.title, url: m.url })),
      receivedAt,
      ...(responseDeadline !== undefined && { responseDeadline }),
      ...(inputDeadline !== undefined && { inputDeadline }),
      reminderOffsets,
      invited,
      ...(council.chairPersonId !== undefined && { chairPersonId: council.chairPersonId }),
      secretaries: unique(council.secretaryIds),
      timeZone: council.timeZone,
      inputDeadlineSetByHand: data.inputDeadline !== undefined,
      ...(passedAtEntry && { enteredAt: now }),
      ...origin,
    },
  };
  if (state.exists) {
    // A retried creation with the same content changes nothing; different content is a conflict.
    // Only what the caller gave is compared: defaults (receivedAt = now) differ on a later retry.
    const given = Object.entries(event.data).filter(
      ([key]) =>
        (data as Record<string, unknown>)[key] !== undefined ||
        ['hearingId', 'title', 'issuingBody'].includes(key),
    );
    const opened: Record<string, unknown> = state.opened;
    const sameDeadline = opened.responseDeadline === event.data.responseDeadline;
    if (sameDeadline && given.every(([key, value]) => isDeepStrictEqual(opened[key], value))) return [];
    throw new ConcurrencyError(`hearing ${data.hearingId} already exists with other content`);
  }
  // Deadlines come after the hearing arrived: a deadline before receipt is a typing error, and it
  // would make every figure measured from receipt (days to respond) negative.
  if (responseDeadline !== undefined && ms(responseDeadline) <= ms(receivedAt))
    throw new InvalidInputError('responseDeadline must be after receivedAt', 'responseDeadline');
  if (inputDeadline !== undefined && ms(inputDeadline) <= ms(receivedAt))
    throw new InvalidInputError('inputDeadline must be after receivedAt', 'inputDeadline');
  if (!receivedBefore && responseDeadline !== undefined && ms(responseDeadline) <= ms(now))
    throw new InvalidInputError('responseDeadline must be in the future', 'responseDeadline');
  if (
    inputDeadline !== undefined &&
    responseDeadline !== undefined &&
    ms(inputDeadline) > ms(responseDeadline)
  )
    throw new InvalidInputError('inputDeadline must not be after the responseDeadline', 'inputDeadline');
  if (!receivedBefore && inputDeadline !== undefined && ms(inputDeadline) <= ms(now))
    throw new InvalidInputError('inputDeadline must be in the future', 'inputDeadline');
  return [event];
}

export function decideExtension(
  command: ExtendHearingDeadline,
  state: HearingState,
): HearingDeadlineExtended[] {
  requireRole(command.metadata.actor, ['secretary'], 'record a deadline extension');
  const hearing = requireHearing(state, command.metadata.councilId);
  requireNotClosed(hearing, 'extend its deadline');
  const responseDeadline = requireInstant(command.data.responseDeadline, 'responseDeadline');
  const previousResponseDeadline = hearing.responseDeadline;
  // Issue 18.4: a statement on the council's own initiative opened without a deadline has none to move.
  if (previousResponseDeadline === undefined)
    throw new InvalidInputError('this statement has no response deadline to extend', 'responseDeadline');
  if (ms(responseDeadline) <= ms(previousResponseDeadline))
    throw new InvalidInputError('an extension must move the responseDeadline later', 'responseDeadline');
  // Every pending reminder moves with the extension (issue 4), so does a pending input deadline.
  // One computed by the working-day rule is computed again from the new response deadline, so an
  // extension to a Monday does not put it on a Saturday (issue 21.3); one the secretary set by hand
  // keeps its distance to the response deadline, as she chose it.
  const { now } = command.metadata;
  // A hearing with a response deadline always has an input deadline (computed or given).
  const before = hearing.inputDeadline ?? previousResponseDeadline;
  const inputStillAhead = !hearing.inputDeadlinePassed && ms(before) > ms(now);
  const shift = ms(responseDeadline) - ms(previousResponseDeadline);
  const inputDeadline = !inputStillAhead
    ? before
    : hearing.inputDeadlineSetByHand
      ? new Date(ms(before) + shift).toISOString()
      : computedInputDeadline(responseDeadline, hearing.timeZone, now);
  return [
    {
      type: 'HearingDeadlineExtended',
      data: { previousResponseDeadline, responseDeadline, inputDeadline },
    },
  ];
}

import { eventSentence, eventWord, plainSentenceContext, type SentenceLanguage } from '@app/event-sentences';
import type { Actor, CaseKindDefinition, DomainEvent, EventMetadata } from '@app/kernel';

/**
 * The feature says what happened ("gave input"); history adds who did it, because every event's
 * actor comes from the verified token and an evaluator must see who said what (seed 004).
 * The actor leads, followed by a colon, because features phrase lines both ways: as a predicate
 * ("created the follow-up …") and as a sentence ("Minutes approved"); `who: what` reads right
 * for both. An event a definition cannot describe (a type it no longer knows) still gets a line.
 */
export function describeEvent(
  definition: CaseKindDefinition | undefined,
  event: DomainEvent & { metadata: EventMetadata },
): string {
  let line: string;
  try {
    line = definition?.describe(event) || event.type;
  } catch {
    line = event.type;
  }
  const actor = event.metadata.actor;
  if (!actor || actor.role === 'system') return `system: ${line}`;
  return `${actor.personId} (${actor.role}): ${line}`;
}

/**
 * The line in another language than the features' English, from the one book of sentences
 * (libs/event-sentences), with who did it in front as the English line has it; undefined for
 * English, and when no sentence knows the event, so the caller keeps the English line.
 */
export function describeEventIn(
  language: SentenceLanguage,
  kind: string,
  event: { type: string; data: unknown; actor?: Actor },
): string | undefined {
  if (language === 'en') return undefined;
  const line = eventSentence(language, kind, event.type, event.data, plainSentenceContext(language));
  if (line === undefined) return undefined;
  const { actor } = event;
  if (!actor || actor.role === 'system') return `system: ${line}`;
  return `${actor.personId} (${eventWord(language, 'role', actor.role)}): ${line}`;
}

import type { CaseKindDefinition, DomainEvent, EventMetadata } from '@app/kernel';

/**
 * The feature says what happened ("gave input"); history adds who did it, because every event's
 * actor comes from the verified token and an evaluator must see who said what (seed 004).
 * An event a definition cannot describe (an old type it no longer knows) still gets a line.
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
  if (!actor || actor.role === 'system') return `${line} (by the system)`;
  return `${line} (by ${actor.personId}, ${actor.role})`;
}

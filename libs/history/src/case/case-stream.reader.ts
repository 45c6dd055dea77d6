import { CaseLocator, councilOfEvent, EventStore, type StoredEvent } from '@app/event-store';
import { CASE_KINDS, NotFoundError, type CaseKindDefinition } from '@app/kernel';
import type { CaseKindRegistry } from '../registry/case-kind-registry';

export interface CaseStream {
  kind: string;
  id: string;
  streamId: string;
  definition: CaseKindDefinition;
  events: StoredEvent[];
}

/**
 * Reads one case's stream for a council. A stream that is empty, or whose events were recorded
 * for another council, is a 404 alike: ids of other councils must not leak (issue 3).
 */
export class CaseStreamReader {
  private readonly cases: CaseLocator;

  constructor(
    store: EventStore,
    private readonly registry: CaseKindRegistry,
  ) {
    this.cases = new CaseLocator(store);
  }

  async read(councilId: string, kind: string, id: string): Promise<CaseStream> {
    const definition = this.registry.get(kind);
    const category = CASE_KINDS[definition.kind];
    const events = await this.cases.read(category, councilId, id);
    if (events.length === 0) throw new NotFoundError(`${kind}/${id} not found`);
    return { kind: definition.kind, id, streamId: events[0].streamId, definition, events };
  }

  /** The case's events, or `[]` when the council has no such case of a kind history knows. */
  async readIfAny(councilId: string, kind: string, id: string): Promise<StoredEvent[]> {
    if (!this.registry.has(kind)) return [];
    return this.cases.read(CASE_KINDS[this.registry.get(kind).kind], councilId, id);
  }
}

/** The council an event was recorded for (see `councilOfEvent`). */
export function councilOf(event: StoredEvent): string | undefined {
  return councilOfEvent(event);
}

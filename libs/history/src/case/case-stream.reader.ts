import { EventStore, type StoredEvent } from '@app/event-store';
import { NotFoundError, type CaseKindDefinition } from '@app/kernel';
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
  constructor(
    private readonly store: EventStore,
    private readonly registry: CaseKindRegistry,
  ) {}

  async read(councilId: string, kind: string, id: string): Promise<CaseStream> {
    const definition = this.registry.get(kind);
    const streamId = this.registry.streamIdOf(definition.kind, id);
    const events = await this.store.readStream(streamId);
    if (events.length === 0 || !belongsTo(events[0], councilId)) {
      throw new NotFoundError(`${kind}/${id} not found`);
    }
    return { kind: definition.kind, id, streamId, definition, events };
  }
}

/** A council's own stream is `council-<id>`; every other case carries the council in metadata. */
export function councilOf(event: StoredEvent): string | undefined {
  if (event.metadata.councilId !== undefined) return event.metadata.councilId;
  return event.streamId.startsWith('council-') ? event.streamId.slice('council-'.length) : undefined;
}

function belongsTo(event: StoredEvent, councilId: string): boolean {
  return councilOf(event) === councilId;
}

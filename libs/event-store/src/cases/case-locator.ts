import { Injectable } from '@nestjs/common';
import {
  type AggregateDescriptor,
  type Command,
  type DomainEvent,
  caseStreamId,
  COUNCIL_CATEGORY,
  councilStreamId,
  InvalidInputError,
  legacyCaseStreamId,
  NotFoundError,
  parseStreamId,
} from '@app/kernel';
import { EventStore, type StoredEvent } from '../port/event-store.port';
import { aggregateStream, type AggregateStream } from '../aggregate/aggregate-stream';

/** Enough to remember every case a process touches without holding on to a long-lived heap. */
const MAX_REMEMBERED = 50_000;

/**
 * Finds a council's case: the one place that knows which stream a case lives in and whether it
 * is the council's. A case of another council and a case that does not exist look the same from
 * here (nothing), so an id of another council tells nobody anything.
 *
 * A case lives in `<category>-<councilId>~<caseId>`, unless it was written before councils had
 * their own namespace: then it lives in `<category>-<caseId>`, which is used when it exists and its
 * first event names this council. Stored events are never rewritten (each one's chain hash covers
 * its stream id), so both kinds of stream are read as they are. The answer for a case never
 * changes (no new case is written to a legacy stream, and a stream's first event is fixed), so it
 * is remembered.
 */
@Injectable()
export class CaseLocator {
  private readonly streams = new Map<string, string>();

  constructor(private readonly store: EventStore) {}

  /** The stream the council's case lives in, or would live in if it were created now. */
  async streamOf(category: string, councilId: string | undefined, caseId: string): Promise<string> {
    // The council itself is read as a case of its own (history's `councils/<id>`).
    if (category === COUNCIL_CATEGORY) return councilStreamId(caseId);
    // Every case lives in a council; a command without one (never from a council's route) finds none.
    if (councilId === undefined) throw new NotFoundError(`${category} ${caseId} not found`);
    const key = caseStreamId(category, councilId, caseId);
    const known = this.streams.get(key);
    if (known !== undefined) return known;
    const legacy = legacyCaseStreamId(category, caseId);
    const [first] = await this.store.readStream(legacy, { maxCount: 1 });
    const stream = first !== undefined && councilOfEvent(first) === councilId ? legacy : key;
    if (this.streams.size >= MAX_REMEMBERED) this.streams.clear();
    this.streams.set(key, stream);
    return stream;
  }

  /** The case's events, or `[]` when the council has no such case. */
  async read(category: string, councilId: string, caseId: string): Promise<StoredEvent[]> {
    const events = await this.store.readStream(await this.streamOf(category, councilId, caseId));
    // A namespaced stream is the council's by its name; the check guards against a stream that says otherwise.
    if (events.length === 0 || councilOfEvent(events[0]) !== councilId) return [];
    return events;
  }

  /** The council's case, typed by its aggregate and folded; no events when it has no such case. */
  async aggregateStream<C extends Command, E extends DomainEvent, S>(
    descriptor: AggregateDescriptor<C, E, S>,
    councilId: string,
    caseId: string,
  ): Promise<AggregateStream<E, S>> {
    const streamId = await this.streamOf(descriptor.category, councilId, caseId);
    return aggregateStream(descriptor, streamId, await this.read(descriptor.category, councilId, caseId));
  }

  async exists(category: string, councilId: string, caseId: string): Promise<boolean> {
    return (await this.read(category, councilId, caseId)).length > 0;
  }

  /**
   * A link a command carries (an agenda item's case, a proposal's origin or overlap) must point at
   * a case of the same council: anything else is a 400 naming the field, the same words for a case
   * of another council and one that does not exist.
   */
  async requireLink(link: { category: string; label: string; id: string }, councilId: string, field: string) {
    if (!(await this.exists(link.category, councilId, link.id))) {
      throw new InvalidInputError(`${field}: this council has no ${link.label} ${link.id}`, field);
    }
  }
}

/**
 * The council an event was recorded for: its metadata says so (every command inside a council
 * carries it), else its stream's name (a council's own stream, or a namespaced case stream).
 */
export function councilOfEvent(event: StoredEvent): string | undefined {
  return event.metadata.councilId ?? parseStreamId(event.streamId).councilId;
}

import {
  NotFoundError,
  recordedLater,
  type Actor,
  type CaseKindDefinition,
  type CaseCarriedIn,
  type EventMetadata,
} from '@app/kernel';
import { citation, eventsAsOf, type AsOf, type TimeAxis } from '../as-of/point-in-time';
import type { SentenceLanguage } from '@app/event-sentences';
import { describeEvent, describeEventIn } from './describe-event';
import type { CaseStreamReader } from './case-stream.reader';

/** One event as an evaluator reads it (issue 7, part 1). */
export interface HistoryEntry {
  id: string;
  type: string;
  data: unknown;
  revision: number;
  position: number;
  actor: Actor;
  recordedAt: string;
  occurredAt?: string;
  /** Written down more than a day after it happened: shown with both times. */
  recordedLater?: true;
  description: string;
  /**
   * Issue 18.3: the predecessor council this event was recorded in, for a case carried over: its
   * history in the predecessor comes first (`revision` and `position` are those of that stream),
   * then the successor's own events.
   */
  carriedFrom?: string;
}

export interface CaseHistory {
  kind: string;
  id: string;
  /** The revision of the last event shown: what to cite. */
  revision: number;
  /** Echoed when the history was read as of a moment. */
  asOf?: string;
  time?: TimeAxis;
  events: HistoryEntry[];
}

/**
 * The events as `reader` may see them (issue 17.3: a meeting's closed items are for its council),
 * by the kind's own rule; the whole stream decides which parts are withheld.
 */
export function shownTo<E extends { type: string; data: unknown }>(
  definition: CaseKindDefinition,
  events: readonly { type: string; data: unknown }[],
  reader: Actor | undefined,
): (event: E) => E {
  const show = reader && definition.eventsForReader?.(reader, events);
  return show ? (event) => ({ ...event, data: show(event) }) : (event) => event;
}

export class CaseHistoryService {
  constructor(private readonly reader: CaseStreamReader) {}

  async history(
    councilId: string,
    kind: string,
    id: string,
    asOf?: AsOf,
    language: SentenceLanguage = 'en',
    reader?: Actor,
  ): Promise<CaseHistory> {
    const stream = await this.reader.read(councilId, kind, id);
    const events = eventsAsOf(stream.events, asOf).map(shownTo(stream.definition, stream.events, reader));
    if (events.length === 0) {
      throw new NotFoundError(`${kind}/${id} did not exist yet at ${new Date(asOf!.at).toISOString()}`);
    }
    return {
      kind: stream.kind,
      id,
      revision: events[events.length - 1].revision,
      ...(asOf && citation(asOf)),
      events: events.flatMap((event) => {
        const recordedAt = event.metadata.recordedAt ?? event.recordedAt;
        const { occurredAt } = event.metadata;
        const entry = {
          id: event.id,
          type: event.type,
          data: event.data,
          revision: event.revision,
          position: event.position,
          actor: event.metadata.actor,
          recordedAt,
          ...(occurredAt !== undefined && { occurredAt }),
          ...(recordedLater(occurredAt, recordedAt) && { recordedLater: true as const }),
          description:
            describeEventIn(language, stream.kind, { ...event, actor: event.metadata.actor }) ??
            describeEvent(stream.definition, event),
        };
        if (event.type !== 'CaseCarriedIn') return [entry];
        const { from, history } = (event as unknown as CaseCarriedIn).data;
        const before = history.map((e, revision) => ({
          id: e.id,
          type: e.type,
          data: e.data,
          revision,
          position: e.position,
          actor: e.actor,
          recordedAt: e.recordedAt,
          ...(e.occurredAt !== undefined && { occurredAt: e.occurredAt }),
          ...(recordedLater(e.occurredAt, e.recordedAt) && { recordedLater: true as const }),
          description:
            describeEventIn(language, stream.kind, { ...e, actor: e.actor }) ??
            // Only who did it is read from the metadata, which the copy keeps.
            describeEvent(stream.definition, { ...e, metadata: { actor: e.actor } as EventMetadata }),
          carriedFrom: from.councilId,
        }));
        return [...before, entry];
      }),
    };
  }
}
